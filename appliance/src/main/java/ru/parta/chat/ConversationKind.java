package ru.parta.chat;

/** What a conversation is for; class, parent and group chats follow their class or group. */
public enum ConversationKind {
    CLASS,
    PARENTS,
    CUSTOM,
    GROUP,
    DIRECT,
    /** Read by its audience, written by its authors (ru.parta.channel keeps both). */
    CHANNEL;

    /** Members come from a class or a group and cannot be picked or leave by themselves. */
    public boolean isManaged() {
        return this == CLASS || this == PARENTS || this == GROUP || this == CHANNEL;
    }
}
