package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.channel.CommentService;
import ru.parta.channel.CommentView;
import ru.parta.channel.CommentsChanged;
import ru.parta.moderation.ModerationReason;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;

/**
 * A channel post's comments, kept current while open, with a box to add one; each can be reported by
 * its readers, and hidden with a reason (or shown again) by the channel's moderators.
 */
class CommentsDialog extends Dialog {

    private final long messageId;
    private final CommentService comments;
    private final ChatModerationTools moderationTools;
    private final boolean moderator;
    private final ZoneId zone;
    private final long viewerId;
    private final Div list = new Div();

    CommentsDialog(long messageId, long conversationId, CommentService comments, ChatModerationTools moderationTools,
                   EventBus events, ZoneId zone) {
        this.messageId = messageId;
        this.comments = comments;
        this.moderationTools = moderationTools;
        this.zone = zone;
        this.viewerId = CurrentAccount.get().orElseThrow().id();
        this.moderator = moderationTools.mayModerate(conversationId, viewerId);
        setId("comments-dialog");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation("comments.title"));
        list.addClassName("comments-list");
        list.setId("comments-list");
        TextArea text = new TextArea();
        text.setId("comment-text");
        text.setPlaceholder(getTranslation("comments.placeholder"));
        text.setAriaLabel(getTranslation("comments.placeholder"));
        text.setMaxLength(2000);
        text.setWidthFull();
        Button send = new Button(getTranslation("comments.send"), VaadinIcon.PAPERPLANE.create(), click -> {
            try {
                comments.addComment(messageId, text.getValue(), CurrentAccount.actor());
                text.clear();
                show();
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("comment-send");
        add(list, text);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), send);
        show();
        LiveUpdates.follow(list, events, CommentsChanged.class, CommentsChanged.topic(messageId), changed -> show());
    }

    private void show() {
        list.removeAll();
        java.util.List<CommentView> found = comments.findComments(messageId, viewerId);
        if (found.isEmpty()) {
            list.add(new Div(getTranslation("comments.none")));
        }
        for (CommentView comment : found) {
            Span who = new Span(comment.authorName());
            who.addClassName("chat-author");
            Span when = new Span(ChatComposer.clockTime(comment.createdAt(), zone));
            when.addClassName("chat-time");
            Div head = new Div(who, when);
            head.addClassName("chat-head");
            Div body = new Div(comment.deleted() ? getTranslation("chat.deleted") : comment.hidden()
                    ? getTranslation("moderation.removed", getTranslation(ModerationReason.valueOf(comment.hiddenReason())
                    .messageKey())) : comment.body());
            body.addClassName("chat-body");
            body.setClassName("chat-moderated", comment.hidden());
            Div item = new Div(head, body);
            item.addClassName("comment");
            item.setId("comment-" + comment.id());
            if (!comment.deleted() && !comment.hidden() && comment.authorId() != viewerId) {
                Button report = new Button(VaadinIcon.FLAG_O.create(), click -> moderationTools.reportComment(comment.id()));
                report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                report.setAriaLabel(getTranslation("moderation.report"));
                report.setTooltipText(getTranslation("moderation.report"));
                report.setId("comment-report-" + comment.id());
                head.add(report);
            }
            if (moderator && !comment.deleted()) {
                Button moderate = new Button(getTranslation(comment.hidden() ? "moderation.restore" : "moderation.hide"),
                        click -> moderationTools.moderateComment(comment.id(), comment.hidden(), this, this::show));
                moderate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                moderate.setId("comment-moderate-" + comment.id());
                item.add(moderate);
            }
            if (comment.mayDelete()) {
                Button delete = new Button(getTranslation("chat.delete"), click -> {
                    try {
                        comments.deleteComment(comment.id(), CurrentAccount.actor());
                        show();
                    } catch (PartaException refused) {
                        UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                });
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(delete);
            }
            list.add(item);
        }
    }
}
