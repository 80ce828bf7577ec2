package ru.parta.ui.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import ru.parta.access.Role;

/** A route only people holding one of these roles may open; checked on the server before the view is built. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {

    Role[] value();
}
