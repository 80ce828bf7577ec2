package ru.parta.base;

import java.util.Arrays;

/**
 * The application's one exception: a category and a message key (with arguments) that the edges
 * translate for the person who sees it. Services throw it; the web and UI layers map it once.
 */
public class PartaException extends RuntimeException {

    private final ErrorCategory category;
    private final String messageKey;
    private final transient Object[] arguments;

    public PartaException(ErrorCategory category, String messageKey, Object... arguments) {
        super(category + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.category = category;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static PartaException invalid(String messageKey, Object... arguments) {
        return new PartaException(ErrorCategory.INVALID, messageKey, arguments);
    }

    public static PartaException forbidden(String messageKey, Object... arguments) {
        return new PartaException(ErrorCategory.FORBIDDEN, messageKey, arguments);
    }

    public static PartaException conflict(String messageKey, Object... arguments) {
        return new PartaException(ErrorCategory.CONFLICT, messageKey, arguments);
    }

    public static PartaException limit(String messageKey, Object... arguments) {
        return new PartaException(ErrorCategory.LIMIT, messageKey, arguments);
    }

    public static PartaException notFound(String messageKey, Object... arguments) {
        return new PartaException(ErrorCategory.NOT_FOUND, messageKey, arguments);
    }

    public ErrorCategory category() {
        return category;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
