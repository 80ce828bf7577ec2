package ru.parta.base;

/**
 * The school's content filter as the features that take text see it (messages, comments, polls,
 * chat and channel names), so they need not know the moderation feature: a text it refuses is
 * refused with a translated reason ({@link PartaException}, INVALID), and the author rephrases.
 */
public interface TextGuard {

    /** Refuses the text if the filter does; {@code where} names the kind of text for the record. */
    void requireAcceptable(String text, String where, long authorId);
}
