package ru.parta.moderation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatModeration;

/**
 * What a moderator does about the author of a message or comment in a chat they moderate: a warning
 * (the author is told why), or a ban on writing in that chat for a chosen time (they still read).
 * Both are lines of the moderation log.
 */
@Singleton
public class AuthorSanctions {

    static final Duration SHORTEST_MUTE = Duration.ofMinutes(1);
    static final Duration LONGEST_MUTE = Duration.ofDays(30);

    private final ModerationTargets targets;
    private final ModerationScopes scopes;
    private final ChatModeration chatModeration;
    private final ModerationLog log;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    AuthorSanctions(ModerationTargets targets, ModerationScopes scopes, ChatModeration chatModeration, ModerationLog log,
                    Permissions permissions, EventBus events, Clock clock) {
        this.targets = targets;
        this.scopes = scopes;
        this.chatModeration = chatModeration;
        this.log = log;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void warnAuthor(QueueKey key, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target target = targets.lock(key, actor.accountId());
        log.append(actor.accountId(), "author.warned", key.targetKind(), key.targetId(), target.conversationId(),
                reason.name(), target.body());
        events.publish(new AuthorWarned(target.authorId(), target.conversationId(), reason.name(), null));
    }

    /** Mutes the author in that chat for a while (1 minute to 30 days): they read but may not post or comment. */
    @Transactional
    public Instant muteAuthor(QueueKey key, Duration duration, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target target = targets.lock(key, actor.accountId());
        if (duration.compareTo(SHORTEST_MUTE) < 0 || duration.compareTo(LONGEST_MUTE) > 0) {
            throw PartaException.invalid("moderation.mute.duration");
        }
        if (target.authorId() == actor.accountId() || scopes.mayModerate(target.conversationId(), target.authorId())) {
            throw PartaException.conflict("moderation.mute.moderator");
        }
        Instant until = clock.instant().plus(duration);
        if (!chatModeration.setMutedUntil(target.conversationId(), target.authorId(), until)) {
            throw PartaException.conflict("moderation.mute.notMember");
        }
        log.append(actor.accountId(), "author.muted", key.targetKind(), key.targetId(), target.conversationId(),
                reason.name(), until.toString());
        events.publish(new AuthorWarned(target.authorId(), target.conversationId(), reason.name(), until));
        return until;
    }
}
