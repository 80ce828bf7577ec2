package ru.parta.broadcast;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.base.event.EventBus;
import ru.parta.chat.MessageChanged;
import ru.parta.chat.MessagePosted;
import ru.parta.live.LiveHub;

/**
 * Broadcast changes on the live path, after commit: a display told to show something else hears
 * it on its own topic (and stops following what it showed); every display of a broadcast hears its
 * new state in one frame made once; the alert reaches every display in one frame; a channel on the
 * displays sends its latest posts whenever one is posted or changed. Also stops broadcasts and
 * clears alerts whose time ran out, and starts planned broadcasts on time.
 */
@Context
class BroadcastLive {

    private final LiveHub hub;
    private final BroadcastTopics topics;
    private final DisplayService displays;
    private final BroadcastService broadcasts;
    private final EmergencyService emergencies;
    private final ScheduleRunner schedules;
    /** Channels on the displays now: conversation → broadcasts showing it. */
    private final Map<Long, Set<Long>> feeds = new ConcurrentHashMap<>();

    BroadcastLive(LiveHub hub, BroadcastTopics topics, DisplayService displays, BroadcastService broadcasts,
                  EmergencyService emergencies, ScheduleRunner schedules, EventBus events) {
        this.schedules = schedules;
        this.hub = hub;
        this.topics = topics;
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.emergencies = emergencies;
        events.subscribe(BroadcastChanged.class, this::changed);
        events.subscribe(AlertChanged.class, e -> hub.publish(BroadcastFrames.ALERT, topics::alertFrame));
        events.subscribe(DisplayRevoked.class, e -> hub.endDevice(e.displayId()));
        events.subscribe(MessagePosted.class, e -> channelChanged(e.message().conversationId()));
        events.subscribe(MessageChanged.class, e -> channelChanged(e.message().conversationId()));
        broadcasts.findRunningFeeds().forEach((broadcast, conversation) -> watch(broadcast, conversation, true));
    }

    private void changed(BroadcastChanged change) {
        for (long displayId : change.reassigned()) {
            // Leaves the old broadcast's topic ("ended") before it hears what to show now.
            hub.recheckDevice(displayId);
            displays.findDisplay(displayId).ifPresent(display ->
                    hub.publish(BroadcastFrames.displayTopic(displayId), () -> topics.assignFrame(display)));
        }
        hub.publish(BroadcastFrames.broadcastTopic(change.broadcastId()),
                () -> topics.stateFrames(change.broadcastId()).getFirst());
        broadcasts.findBroadcast(change.broadcastId()).filter(b -> b.kind() == BroadcastKind.CHANNEL)
                .ifPresent(b -> watch(b.id(), b.conversationId(), b.stoppedAt() == null));
    }

    private void watch(long broadcastId, Long conversationId, boolean running) {
        if (conversationId == null) {
            return;
        }
        if (running) {
            feeds.computeIfAbsent(conversationId, c -> ConcurrentHashMap.newKeySet()).add(broadcastId);
        } else {
            feeds.computeIfPresent(conversationId, (c, set) -> {
                set.remove(broadcastId);
                return set.isEmpty() ? null : set;
            });
        }
    }

    private void channelChanged(long conversationId) {
        for (long broadcastId : feeds.getOrDefault(conversationId, Set.of())) {
            hub.publish(BroadcastFrames.broadcastTopic(broadcastId), () -> topics.stateFrames(broadcastId).getLast());
        }
    }

    @Scheduled(fixedDelay = "${parta.broadcast.schedule-check:10s}", initialDelay = "10s")
    void keepTime() {
        schedules.startDue();
        broadcasts.stopExpired();
        emergencies.clearExpired();
    }
}
