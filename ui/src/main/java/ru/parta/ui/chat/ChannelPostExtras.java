package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.channel.AcknowledgementService;
import ru.parta.channel.CommentService;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/**
 * What a channel's posts carry beside their text on a chat screen: "Ознакомлен(а)" (which the
 * viewer confirmed, and confirming) and comments (how many, and their dialog).
 */
@Prototype
public class ChannelPostExtras {

    private static final String ID = "\\d{1,18}";

    private final AcknowledgementService acknowledgements;
    private final CommentService comments;
    private final ChatService chats;
    private final ChatModerationTools moderationTools;
    private final EventBus events;

    public ChannelPostExtras(AcknowledgementService acknowledgements, CommentService comments, ChatService chats,
                             ChatModerationTools moderationTools, EventBus events) {
        this.acknowledgements = acknowledgements;
        this.comments = comments;
        this.chats = chats;
        this.moderationTools = moderationTools;
        this.events = events;
    }

    /** Which announcements of a page the viewer confirmed, and when: {"id": epoch ms}. */
    String acknowledged(List<ChatMessage> page, long viewerId) {
        List<Long> asked = page.stream().filter(ChatMessage::ackRequired).map(ChatMessage::id).toList();
        StringBuilder json = new StringBuilder("{");
        acknowledgements.findAcknowledged(viewerId, asked).forEach((id, at) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(id).append("\":").append(at.toEpochMilli()));
        return json.append('}').toString();
    }

    /** "Ознакомлен(а)" tapped: the confirmation's time as {"at": epoch ms}, or {} after a refusal shown on the screen. */
    String acknowledge(String messageId, Component screen) {
        if (!messageId.matches(ID)) {
            return "{}";
        }
        try {
            Instant at = acknowledgements.acknowledgePost(Long.parseLong(messageId), CurrentAccount.actor());
            return "{\"at\":" + at.toEpochMilli() + "}";
        } catch (PartaException refused) {
            UiErrors.show(screen.getTranslation(refused.messageKey(), refused.arguments()));
            return "{}";
        }
    }

    /** How many comments the posts of a page have: {"id": count}, only where there are some. */
    String commentCounts(List<ChatMessage> page, boolean commentsOn) {
        if (!commentsOn) {
            return "{}";
        }
        StringBuilder json = new StringBuilder("{");
        comments.countComments(page.stream().map(ChatMessage::id).toList()).forEach((id, count) -> json
                .append(json.length() > 1 ? "," : "").append('"').append(id).append("\":").append(count));
        return json.append('}').toString();
    }

    /** A post's comments in a dialog, to read and add to, if the post is this chat's. */
    void openComments(String messageId, long conversationId, long viewerId, ZoneId zone, Component screen) {
        if (!messageId.matches(ID)) {
            return;
        }
        try {
            ChatMessage post = chats.findMessage(Long.parseLong(messageId), viewerId);
            if (post.conversationId() == conversationId) {
                new CommentsDialog(post.id(), conversationId, comments, moderationTools, events, zone).open();
            }
        } catch (PartaException refused) {
            UiErrors.show(screen.getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
