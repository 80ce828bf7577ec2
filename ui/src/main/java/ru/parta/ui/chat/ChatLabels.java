package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The words chat.js needs to draw messages, in the viewer's language, once per screen: the
 * messages themselves come language-free from the live path ({@code ChatFrames}). Patterns keep
 * their {0} and {1} for the browser to fill.
 */
final class ChatLabels {

    private ChatLabels() {
    }

    static String of(Component translator) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        labels.put("verified", translator.getTranslation("person.verifiedTeacher"));
        labels.put("urgent", translator.getTranslation("chat.urgent.mark"));
        labels.put("deleted", translator.getTranslation("chat.deleted"));
        labels.put("edited", translator.getTranslation("chat.edited"));
        labels.put("actions", translator.getTranslation("chat.actions"));
        labels.put("earlier", translator.getTranslation("chat.earlier"));
        labels.put("newMessages", translator.getTranslation("chat.newMessages"));
        labels.put("empty", translator.getTranslation("chat.empty"));
        labels.put("readBy", translator.getTranslation("chat.readBy", "{0}", "{1}"));
        labels.put("bytes", translator.getTranslation("chat.file.bytes", "{0}"));
        labels.put("kib", translator.getTranslation("chat.file.kib", "{0}"));
        labels.put("mib", translator.getTranslation("chat.file.mib", "{0}"));
        labels.put("heldNotice", translator.getTranslation("chat.held.notice", "{0}"));
        labels.put("reviewNotice", translator.getTranslation("moderation.review.notice"));
        labels.put("ack", translator.getTranslation("channel.ack.confirm"));
        labels.put("acked", translator.getTranslation("channel.ack.done", "{0}"));
        labels.put("ackSheet", translator.getTranslation("channel.ack.sheet"));
        labels.put("ackAsked", translator.getTranslation("channel.ack.asked"));
        labels.put("pinned", translator.getTranslation("chat.pinned"));
        labels.put("moderated", translator.getTranslation("moderation.removed", "{0}"));
        tools.jackson.databind.node.ObjectNode reasons = labels.putObject("reasons");
        for (ru.parta.moderation.ModerationReason reason : ru.parta.moderation.ModerationReason.values()) {
            reasons.put(reason.name(), translator.getTranslation(reason.messageKey()));
        }
        labels.put("comments", translator.getTranslation("comments.count", "{0}"));
        labels.put("unpin", translator.getTranslation("chat.unpin"));
        labels.put("pollVote", translator.getTranslation("poll.vote"));
        labels.put("pollRevote", translator.getTranslation("poll.revote"));
        labels.put("pollVoters", translator.getTranslation("poll.voters", "{0}"));
        labels.put("pollAnonymous", translator.getTranslation("poll.kind.anonymous"));
        labels.put("pollNamed", translator.getTranslation("poll.kind.named"));
        labels.put("pollUntil", translator.getTranslation("poll.until", "{0}"));
        labels.put("pollClosed", translator.getTranslation("poll.closedMark"));
        labels.put("pollHidden", translator.getTranslation("poll.hiddenMark"));
        labels.put("pollResults", translator.getTranslation("poll.results"));
        return labels.toString();
    }
}
