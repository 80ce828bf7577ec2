package ru.parta.access;

import java.util.Set;

/** These sessions were ended (published after commit); their open screens close at once. */
public record SessionsEnded(long accountId, Set<String> sessionIds) {

    public SessionsEnded {
        sessionIds = Set.copyOf(sessionIds);
    }
}
