package ru.parta.broadcast;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveDevices;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveTopics;
import ru.parta.school.SchoolService;

/**
 * The displays' topics on the live connection, followed by displays only: a display's own topic
 * (what to show), the topic of the broadcast it has been told to show (its state: one frame for
 * every display showing it), and the alert topic. Catching up is the current state, so a display
 * that was away (Wi-Fi, a restart of either side) resumes exactly.
 */
@Singleton
class BroadcastTopics {

    private final DisplayService displays;
    private final BroadcastService broadcasts;
    private final EmergencyAlertRepository alerts;
    private final BroadcastFrames frames;
    private final FeedReader feeds;
    private final SchoolService schools;
    private final Clock clock;

    BroadcastTopics(DisplayService displays, BroadcastService broadcasts, EmergencyAlertRepository alerts,
                    BroadcastFrames frames, FeedReader feeds, SchoolService schools, Clock clock) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.alerts = alerts;
        this.frames = frames;
        this.feeds = feeds;
        this.schools = schools;
        this.clock = clock;
    }

    LiveFrame assignFrame(Display display) {
        return frames.assign(display, schools.findSchool().orElse(null));
    }

    List<LiveFrame> stateFrames(long broadcastId) {
        Optional<Broadcast> broadcast = broadcasts.findBroadcast(broadcastId);
        if (broadcast.isEmpty()) {
            return List.of();
        }
        List<LiveFrame> all = new ArrayList<>();
        all.add(frames.state(broadcast.get(), broadcasts.findImages(broadcastId), clock.instant()));
        if (broadcast.get().kind() == BroadcastKind.CHANNEL && broadcast.get().conversationId() != null) {
            all.add(frames.feed(broadcastId, feeds.latest(broadcast.get())));
        }
        return all;
    }

    LiveFrame alertFrame() {
        return frames.alert(alerts.findUncleared().stream().filter(a -> a.stands(clock.instant())).findFirst().orElse(null));
    }

    @Singleton
    static final class DisplayKind implements LiveTopics {
        private final BroadcastTopics topics;

        DisplayKind(BroadcastTopics topics) {
            this.topics = topics;
        }

        @Override
        public String kind() {
            return "display";
        }

        @Override
        public boolean mayFollow(long follower, Topic topic) {
            long device = LiveDevices.deviceOf(follower);
            return device > 0 && device == topic.id() && topics.displays.findDisplay(device).isPresent();
        }

        @Override
        public List<LiveFrame> catchUp(long follower, Topic topic, long cursor) {
            return topics.displays.findDisplay(topic.id()).map(d -> List.of(topics.assignFrame(d))).orElse(List.of());
        }
    }

    @Singleton
    static final class BroadcastKindTopics implements LiveTopics {
        private final BroadcastTopics topics;

        BroadcastKindTopics(BroadcastTopics topics) {
            this.topics = topics;
        }

        @Override
        public String kind() {
            return "broadcast";
        }

        @Override
        public boolean mayFollow(long follower, Topic topic) {
            long device = LiveDevices.deviceOf(follower);
            return device > 0 && topics.displays.findDisplay(device)
                    .map(d -> d.broadcastId() != null && d.broadcastId() == topic.id()).orElse(false);
        }

        @Override
        public List<LiveFrame> catchUp(long follower, Topic topic, long cursor) {
            return topics.stateFrames(topic.id());
        }
    }

    @Singleton
    static final class AlertKindTopics implements LiveTopics {
        private final BroadcastTopics topics;

        AlertKindTopics(BroadcastTopics topics) {
            this.topics = topics;
        }

        @Override
        public String kind() {
            return "alert";
        }

        @Override
        public boolean mayFollow(long follower, Topic topic) {
            long device = LiveDevices.deviceOf(follower);
            return device > 0 && topic.id() == 0 && topics.displays.findDisplay(device).isPresent();
        }

        @Override
        public List<LiveFrame> catchUp(long follower, Topic topic, long cursor) {
            return List.of(topics.alertFrame());
        }
    }
}
