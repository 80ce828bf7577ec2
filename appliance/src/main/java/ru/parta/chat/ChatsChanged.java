package ru.parta.chat;

import java.util.Set;

/** Chats were created or their members changed; these people's chat lists must be read again. */
public record ChatsChanged(Set<Long> accountIds) {

    public ChatsChanged {
        accountIds = Set.copyOf(accountIds);
    }

    public boolean concerns(long accountId) {
        return accountIds.contains(accountId);
    }
}
