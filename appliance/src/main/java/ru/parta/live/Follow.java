package ru.parta.live;

/** One tab following one topic; a reading follower (an open chat) counts as having read what it gets. */
record Follow(LiveConnection connection, boolean reading) {
}
