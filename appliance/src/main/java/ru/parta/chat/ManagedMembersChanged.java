package ru.parta.chat;

/** Published by a feature whose {@link ManagedMembers} changed (a channel's audience): chats re-sync. */
public record ManagedMembersChanged() {
}
