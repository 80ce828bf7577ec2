package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;

/** Reactions to messages: a small fixed set, at most three different ones per person on a message. */
@Singleton
public class Reactions {

    /** The reactions offered; a fixed set keeps reactions small and free of arbitrary text. */
    public static final List<String> REACTIONS = List.of("👍", "❤️", "😂", "😮", "😢", "🙏", "✅", "👏");
    static final int MAX_OWN_REACTIONS = 3;

    private final MessageRepository messages;
    private final ChatMembership membership;
    private final MessageDelivery delivery;
    private final SendingRate rate;
    private final ChatProperties limits;
    private final Permissions permissions;

    Reactions(MessageRepository messages, ChatMembership membership, MessageDelivery delivery, SendingRate rate,
              ChatProperties limits, Permissions permissions) {
        this.messages = messages;
        this.membership = membership;
        this.delivery = delivery;
        this.rate = rate;
        this.limits = limits;
        this.permissions = permissions;
    }

    /** Puts or takes back a reaction; each person may put at most three different ones on a message. */
    @Transactional
    public ChatMessage toggleReaction(long messageId, String emoji, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        if (!REACTIONS.contains(emoji)) {
            throw PartaException.invalid("chat.reaction.unknown");
        }
        Message message = messages.findById(messageId).filter(m -> m.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        membership.requireMember(message.conversationId(), accountId);
        rate.take("reaction", accountId, limits.getMaxReactionsPerWindow(), limits.getRateWindow(),
                "chat.rate.reactions");
        if (messages.countReaction(messageId, accountId, emoji) > 0) {
            messages.removeReaction(messageId, accountId, emoji);
        } else {
            if (messages.countReactions(messageId, accountId) >= MAX_OWN_REACTIONS) {
                throw PartaException.limit("chat.reaction.tooMany", MAX_OWN_REACTIONS);
            }
            messages.addReaction(messageId, accountId, emoji);
        }
        return delivery.changed(messageId);
    }
}
