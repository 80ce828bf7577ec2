package ru.parta.ui.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A route anyone may open without signing in (sign-in page, error pages). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicPage {

    /** A signed-in person who opens this page is sent home instead (the sign-in page). */
    boolean sendSignedInHome() default false;
}
