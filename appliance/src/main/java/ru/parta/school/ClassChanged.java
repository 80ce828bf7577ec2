package ru.parta.school;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A class was created, changed teachers, moved up a grade or graduated (published after commit). */
public record ClassChanged(long classId) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.schoolClass(classId));
    }
}
