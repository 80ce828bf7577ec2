package ru.parta.poll;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.base.event.EventBus;
import ru.parta.live.LiveHub;

/**
 * Poll results on the live path: at most one frame per poll per second, however many vote in it,
 * made once for every tab showing it; closing polls at their deadline.
 */
@Context
class PollLive {

    private final LiveHub hub;
    private final PollService polls;
    private final PollFrames frames;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();

    PollLive(LiveHub hub, PollService polls, PollFrames frames, EventBus events) {
        this.hub = hub;
        this.polls = polls;
        this.frames = frames;
        events.subscribe(PollChanged.class, e -> changed.add(e.pollId()));
    }

    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    void publishResults() {
        for (Long poll : Set.copyOf(changed)) {
            changed.remove(poll);
            if (hub.isFollowed(PollChanged.topic(poll))) {
                hub.publish(PollChanged.topic(poll), () -> frames.results(polls.findResults(poll)));
            }
        }
    }

    @Scheduled(fixedDelay = "${parta.poll.deadline-check:15s}", initialDelay = "5s")
    void closeDuePolls() {
        polls.closeDuePolls();
    }
}
