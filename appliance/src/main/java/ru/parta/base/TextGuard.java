package ru.parta.base;

import io.micronaut.core.annotation.Nullable;

/**
 * The school's content filter as the features that take text see it (messages, comments, polls,
 * chat and channel names, people's names, file names), so they need not know the moderation
 * feature. A text the filter refuses is refused with a translated reason ({@link PartaException},
 * INVALID) and the author rephrases; a message the filter holds waits for a moderator; a message it
 * flags goes out and becomes an item of the moderators' queue.
 */
public interface TextGuard {

    /**
     * Refuses the text if the filter refuses it or would hold it (a comment or a poll cannot wait for
     * review, so its author rephrases); a flagged text is recorded. {@code where} names the kind of text.
     */
    void requireAcceptable(String text, String where, long authorId);

    /** As {@link #requireAcceptable}, for a name (a person's, a file's): insults do not apply, "Козлов" is a name. */
    void requireAcceptableName(String name, String where, long authorId);

    /** A message's text: refused as above, else what is to happen to it once it exists. */
    Screening screenMessage(String text, long authorId);

    /** After the message is saved: a flagged one becomes a queue item (in the caller's transaction). */
    void recordPosted(Screening screening, long messageId, long conversationId);

    /** After a comment on a post is saved: a flagged one becomes a queue item. */
    void recordCommentPosted(Screening screening, long messageId, long commentId, long conversationId);

    /** A message held for quiet hours or a schedule went out: flagged then if the filter flags it now. */
    void recordReleased(long messageId, long conversationId, long authorId, String text);

    /** After a held message is saved: why it waits for review. */
    void recordHeld(Screening screening, long heldId, long conversationId);

    /** What the filter made of a message: nothing, held for review, or flagged, by which rule. */
    record Screening(@Nullable String ruleId, @Nullable String label, @Nullable String reason, boolean hold,
                     long authorId, String text) {

        public static Screening passed(long authorId, String text) {
            return new Screening(null, null, null, false, authorId, text);
        }

        public boolean held() {
            return ruleId != null && hold;
        }

        public boolean flagged() {
            return ruleId != null && !hold;
        }
    }
}
