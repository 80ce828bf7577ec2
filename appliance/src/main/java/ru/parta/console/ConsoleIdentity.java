package ru.parta.console;

import ru.parta.access.Actor;

/** Who a console session is: the administrator its key belongs to, the key, and where they came from. */
record ConsoleIdentity(long accountId, String login, String fingerprint, String address) {

    Actor actor() {
        return Actor.of(accountId);
    }
}
