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

    public static Topic schoolClass(long classId) {
        return new Topic("class", classId);
    }
}
