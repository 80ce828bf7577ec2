package ru.parta.moderation;

/**
 * What a queue item is about: a message (a post, a poll), or a comment on a post ({@code commentId}
 * above 0). Reports, flags and decisions are kept per key.
 */
public record QueueKey(long messageId, long commentId) {

    public static QueueKey message(long messageId) {
        return new QueueKey(messageId, 0);
    }

    public boolean comment() {
        return commentId > 0;
    }

    /** How the moderation log names the target. */
    String targetKind() {
        return comment() ? "COMMENT" : "MESSAGE";
    }

    long targetId() {
        return comment() ? commentId : messageId;
    }
}
