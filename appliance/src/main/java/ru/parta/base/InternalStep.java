package ru.parta.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public write step that only other services call, after they made their own check (an
 * invitation link, an administrator's import, the night's housekeeping). It takes no actor and
 * checks no permission itself, so screens and the console must never call it: an architecture test
 * refuses such a call. Public only because Java has no "visible to these features" between packages.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface InternalStep {

    /** Who calls it and what authorizes it. */
    String value();
}
