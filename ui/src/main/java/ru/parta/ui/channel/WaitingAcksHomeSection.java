package ru.parta.ui.channel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.channel.AcknowledgementReminded;
import ru.parta.channel.AcknowledgementService;
import ru.parta.channel.Waiting;
import ru.parta.school.SchoolService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.HomeSection;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.chat.ChatView;

/**
 * On the home page, first: the announcements the person has yet to confirm, newest first, those
 * reminded about marked, each confirmable in one tap here too. Absent when there are none.
 */
@Singleton
class WaitingAcksHomeSection implements HomeSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    private static final int SNIPPET = 140;

    private final AcknowledgementService acknowledgements;
    private final EventBus events;
    private final SchoolService school;

    WaitingAcksHomeSection(AcknowledgementService acknowledgements, EventBus events, SchoolService school) {
        this.acknowledgements = acknowledgements;
        this.events = events;
        this.school = school;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(AccountSummary viewer) {
        Div section = new Div();
        section.addClassName("home-acks");
        section.setId("home-acks");
        ZoneId zone = school.zone();
        show(section, viewer.id(), zone);
        LiveUpdates.follow(section, events, AcknowledgementReminded.class, Topic.person(viewer.id()),
                reminded -> show(section, viewer.id(), zone));
        return section;
    }

    private void show(Div section, long viewerId, ZoneId zone) {
        section.removeAll();
        List<Waiting> waiting = acknowledgements.findWaiting(viewerId);
        section.setVisible(!waiting.isEmpty());
        if (waiting.isEmpty()) {
            return;
        }
        section.add(new H3(section.getTranslation("ack.home.title", waiting.size())));
        for (Waiting post : waiting) {
            RouterLink open = new RouterLink(ChatView.class, new RouteParameters("id", String.valueOf(post.conversationId())));
            String channel = post.systemKey() == null ? post.channelName()
                    : section.getTranslation("channel.system." + post.systemKey());
            Span where = new Span(channel + " · " + time(post.postedAt(), zone));
            where.addClassName("home-ack-where");
            String text = post.text().replace('\n', ' ');
            Span what = new Span(text.length() > SNIPPET ? text.substring(0, SNIPPET - 1) + "…" : text);
            what.addClassName("home-ack-text");
            open.add(where, what);
            open.addClassName("home-ack-link");
            Div row = new Div(open);
            row.addClassName("home-ack");
            if (post.remindedAt() != null) {
                Span reminded = new Span(section.getTranslation("ack.home.reminded", time(post.remindedAt(), zone)));
                reminded.addClassName("home-ack-reminded");
                row.add(reminded);
            }
            Button confirm = new Button(section.getTranslation("channel.ack.confirm"), click -> {
                try {
                    acknowledgements.acknowledgePost(post.messageId(), CurrentAccount.actor());
                } catch (PartaException refused) {
                    UiErrors.show(section.getTranslation(refused.messageKey(), refused.arguments()));
                }
                show(section, viewerId, zone);
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            confirm.setId("home-ack-" + post.messageId());
            row.add(confirm);
            section.add(row);
        }
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
