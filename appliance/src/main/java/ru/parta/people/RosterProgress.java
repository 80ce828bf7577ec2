package ru.parta.people;

/** Told as an import writes its lines, so a long file shows progress. */
@FunctionalInterface
public interface RosterProgress {

    RosterProgress NONE = (done, total) -> { };

    void linesDone(int done, int total);
}
