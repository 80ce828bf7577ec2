package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the academic-year rollover will do: each class's next label, or graduation. */
public record RolloverPlan(int currentYear, List<ClassMove> moves) {

    public RolloverPlan {
        moves = List.copyOf(moves);
    }

    public int graduatingStudents() {
        return moves.stream().filter(ClassMove::graduates).mapToInt(ClassMove::students).sum();
    }

    public record ClassMove(long classId, String fromLabel, @Nullable String toLabel, int students) {
        public boolean graduates() {
            return toLabel == null;
        }
    }
}
