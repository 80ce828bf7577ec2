package ru.parta.chat;

import java.util.Map;

/**
 * Members of managed chats that another feature works out from the roster (a channel's audience
 * and authors): chat id → person id → whether they may post. {@link ClassChats} adds them to the
 * class, parent and group chats' own and writes only the difference, in the same sync.
 */
public interface ManagedMembers {

    Map<Long, Map<Long, Boolean>> findWantedMembers();
}
