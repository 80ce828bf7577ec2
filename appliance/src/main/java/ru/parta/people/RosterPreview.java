package ru.parta.people;

import java.util.List;

/** The whole plan of an import, shown before anything is written. */
public record RosterPreview(RosterKind kind, String charset, char delimiter, List<PlannedLine> lines) {

    public RosterPreview {
        lines = List.copyOf(lines);
    }

    public long count(PlannedLine.Action action) {
        return lines.stream().filter(line -> line.action() == action).count();
    }

    public boolean hasProblems() {
        return count(PlannedLine.Action.PROBLEM) > 0;
    }
}
