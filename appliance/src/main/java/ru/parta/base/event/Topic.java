package ru.parta.base.event;

/**
 * What an event is about, as a key subscribers can follow: one chat, one person, one class. A
 * publish reaches only the subscribers of its topics, so a thousand open chat screens do not each
 * look at every message of the school.
 */
public record Topic(String kind, long id) {

    public static Topic conversation(long conversationId) {
        return new Topic("conversation", conversationId);
    }

    public static Topic person(long accountId) {
        return new Topic("person", accountId);
    }

    /** A person's unread counts: "read up to here" signals for the chat lists of their other tabs. */
    public static Topic unreadCounts(long accountId) {
        return new Topic("unread", accountId);
    }

    public static Topic schoolClass(long classId) {
        return new Topic("class", classId);
    }
}
