package ru.parta.channel;

import io.micronaut.context.annotation.Context;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveHub;

/** A post's comment count on its channel's live topic, one frame for every open tab of the channel. */
@Context
class ChannelLive {

    ChannelLive(LiveHub hub, EventBus events) {
        events.subscribe(CommentsChanged.class, changed -> hub.publish(Topic.conversation(changed.conversationId()),
                () -> new LiveFrame("comments", "{\"id\":" + changed.messageId() + ",\"count\":" + changed.count() + "}")));
    }
}
