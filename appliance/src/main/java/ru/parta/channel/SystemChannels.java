package ru.parta.channel;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import java.time.Clock;
import java.util.List;
import ru.parta.base.event.EventBus;
import ru.parta.base.i18n.Messages;
import ru.parta.chat.ConversationService;
import ru.parta.chat.ManagedMembersChanged;

/**
 * The two channels the regulations ask for from the start: the school channel (staff, students and
 * parents) and the staff channel. Both follow the roster; administrators and the director post.
 * Screens word them by their key in the reader's language; the stored name is the Russian one,
 * used in printed sheets.
 */
@Context
class SystemChannels {

    static final String SCHOOL = "SCHOOL";
    static final String STAFF = "STAFF";

    private final ChannelRepository channels;
    private final AudienceLineRepository lines;
    private final ConversationService conversations;
    private final EventBus events;
    private final Clock clock;

    SystemChannels(ChannelRepository channels, AudienceLineRepository lines, ConversationService conversations,
                   EventBus events, Clock clock) {
        this.channels = channels;
        this.lines = lines;
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent started) {
        boolean made = ensure(SCHOOL, AudiencePart.wholeSchool(true, true, true));
        made |= ensure(STAFF, AudiencePart.wholeSchool(false, false, true));
        if (made) {
            events.publish(new ManagedMembersChanged());
        }
    }

    private boolean ensure(String key, AudiencePart audience) {
        if (channels.findBySystemKey(key).isPresent()) {
            return false;
        }
        String name = Messages.core().translate("channel.system." + key, Messages.RUSSIAN);
        long conversationId = conversations.createChannelChat(name, key, null);
        Channel channel = channels.save(new Channel(null, conversationId, name, "", key, false, null, clock.instant()));
        for (AudiencePart part : List.of(audience)) {
            lines.save(new AudienceLine(null, channel.id(), part.classId(), part.groupId(), part.students(),
                    part.parents(), part.staff()));
        }
        return true;
    }
}
