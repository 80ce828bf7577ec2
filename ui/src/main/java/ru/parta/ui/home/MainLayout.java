package ru.parta.ui.home;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.SessionService;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.channel.AcknowledgementReminded;
import ru.parta.moderation.AuthorWarned;
import ru.parta.moderation.ModerationNotice;
import ru.parta.moderation.ModerationReason;
import ru.parta.moderation.ReportDecided;
import ru.parta.moderation.ReviewDecided;
import ru.parta.live.LiveHub;
import ru.parta.live.LivePosition;
import ru.parta.live.LiveTickets;
import ru.parta.school.School;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Languages;
import ru.parta.ui.base.LiveScript;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.Markup;
import ru.parta.ui.base.TabSync;
import ru.parta.backup.RestoreStarting;

/**
 * The frame around every signed-in page: a header with the school, the person and their roles,
 * the language switch and sign-out; a drawer with the sections (an overlay on phones).
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Div header = new Div();
    private final Div sections = new Div();
    private final ru.parta.moderation.ModerationQueue moderationQueue;
    private final ShellMarkup markup = new ShellMarkup(this::getTranslation);
    private final String schoolName;
    private final SessionService sessions;
    private final java.time.ZoneId zone;

    public MainLayout(SchoolService schoolService, SessionService sessions, LiveHub live, LiveTickets tickets,
                      EventBus events, ru.parta.moderation.ModerationQueue moderationQueue) {
        this.sessions = sessions;
        this.moderationQueue = moderationQueue;
        this.schoolName = schoolService.findSchool().map(School::name).orElse("");
        this.zone = schoolService.findSchool().map(School::timeZone).map(java.time.ZoneId::of)
                .orElse(java.time.ZoneId.of("Europe/Moscow"));
        addAttachListener(attach -> startLive(attach.getUI(), live, tickets));
        setPrimarySection(Section.NAVBAR);
        header.addClassName("shell-header");
        Markup.onAction(this, header.getElement());
        // The skip link is the first Tab stop: it jumps over the header and the menu to the page
        // itself, straight into a chat's message box where there is one, else to the page's heading.
        header.getElement().executeJs("this.addEventListener('click', (e) => {"
                + " if (!e.target.closest('#skip-to-content')) { return; } e.preventDefault();"
                + " const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                + " const target = main && (main.querySelector('.chat-composer vaadin-text-area')"
                + " || main.querySelector('h1, h2'));"
                + " if (target) { if (!target.matches('vaadin-text-area')) { target.setAttribute('tabindex', '-1'); }"
                + " target.focus(); } });");
        // A component, not markup: it is also what makes every page load the icons the markup uses
        // (the bundle loads Vaadin's icon set for a page that has an icon component).
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> signOutAskingFirst());
        signOut.setId("sign-out");
        signOut.addClassName("shell-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setTooltipText(getTranslation("shell.signOut"));
        signOut.getElement().setAttribute("aria-label", getTranslation("shell.signOut"));
        addToNavbar(true, header, signOut);
        sections.setId("shell-sections");
        addToDrawer(sections);
        CurrentAccount.get().ifPresent(account -> {
            // Everyone hears a restore coming: a few seconds later the connection drops and they sign in again.
            LiveUpdates.follow(header, events, RestoreStarting.class, restore -> {
                Notification notice = new Notification(getTranslation("shell.restoring"), 0, Notification.Position.MIDDLE);
                notice.addClassName("restore-notice");
                notice.open();
            });
            LiveUpdates.follow(header, events, AcknowledgementReminded.class, Topic.person(account.id()),
                    this::showReminder);
            LiveUpdates.follow(header, events, ModerationNotice.class, Topic.person(account.id()),
                    this::showModeration);
            LiveUpdates.follow(header, events, AuthorWarned.class, Topic.person(account.id()),
                    warned -> Notification.show(warned.mutedUntil() == null
                            ? getTranslation("moderation.notice.warned", getTranslation(ModerationReason
                            .valueOf(warned.reason()).messageKey()))
                            : getTranslation("moderation.notice.muted", java.time.format.DateTimeFormatter
                            .ofPattern("dd.MM HH:mm").format(warned.mutedUntil().atZone(zone))), 15_000,
                            Notification.Position.TOP_CENTER));
            LiveUpdates.follow(header, events, ReviewDecided.class, Topic.person(account.id()),
                    decided -> Notification.show(getTranslation(decided.approved() ? "moderation.review.approved"
                            : "moderation.review.rejected"), 10_000, Notification.Position.TOP_CENTER));
            if (account.isStaff()) {
                // A moderator sees in the menu, on any page, how many items wait for them; only the
                // moderators of the chat a change is in count again (whether they are is remembered).
                Map<Long, Boolean> moderates = new HashMap<>();
                LiveUpdates.follow(sections, events, ru.parta.moderation.QueueChanged.class, changed -> {
                    if (moderates.computeIfAbsent(changed.conversationId(),
                            chat -> moderationQueue.mayModerate(chat, account.id()))) {
                        sections.getElement().executeJs("const count = this.querySelector('#"
                                + ShellMarkup.MODERATION_COUNT + "'); if (count) { count.textContent = $0; }",
                                waitingText(account.id()));
                    }
                });
            }
            LiveUpdates.follow(header, events, ReportDecided.class, Topic.person(account.id()),
                    decided -> Notification.show(getTranslation("moderation.report.decided." + decided.status()
                            .toLowerCase(java.util.Locale.ROOT)), 10_000, Notification.Position.TOP_CENTER));
        });
    }

    /** A moderator hid one of the person's messages (or showed it again): they are told wherever they are. */
    private void showModeration(ModerationNotice notice) {
        String reason = getTranslation(ModerationReason.valueOf(notice.reason()).messageKey());
        String text = notice.comment() ? getTranslation(notice.restored() ? "moderation.notice.commentRestored"
                : "moderation.notice.commentHidden", reason)
                : notice.restored() ? getTranslation("moderation.notice.restored")
                : notice.fileName() != null ? getTranslation("moderation.notice.fileRemoved", notice.fileName(), reason)
                : getTranslation("moderation.notice.hidden", reason);
        Notification note = Notification.show(text, 10_000, Notification.Position.TOP_CENTER);
        note.setId("moderation-notice");
    }

    /** An author reminded the readers who have not confirmed an announcement: whatever page they are on. */
    private void showReminder(AcknowledgementReminded reminder) {
        Notification note = new Notification();
        note.setId("ack-reminder");
        note.setDuration(15_000);
        note.setPosition(Notification.Position.TOP_CENTER);
        Button open = new Button(getTranslation("ack.reminder.open"), click -> {
            note.close();
            UI.getCurrent().navigate(Routes.chat(reminder.conversationId()));
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div text = new Div(getTranslation("ack.reminder.text"));
        Div box = new Div(text, open);
        box.addClassName("ack-reminder");
        note.add(box);
        note.open();
    }

    @ClientCallable
    void act(String action) {
        if (action.startsWith(ShellMarkup.LANGUAGE)) {
            Languages.choose(Locale.forLanguageTag(action.substring(ShellMarkup.LANGUAGE.length())));
        }
    }

    /**
     * Every signed-in page holds the tab's live connection (ru.parta.live): screens follow their
     * topics on it, the server tells the tab when its screen changed (there is no Vaadin push), and
     * when the session ends elsewhere (signed out on another device, by an administrator, a password
     * change) the server closes it and this page forgets the browser's data and goes to sign-in.
     */
    private void startLive(UI ui, LiveHub live, LiveTickets tickets) {
        CurrentAccount.get().ifPresent(account -> {
            Actor actor = CurrentAccount.actor();
            TabSync sync = TabSync.of(ui, live, actor);
            LivePosition own = live.findPosition(Topic.person(account.id()));
            getElement().executeJs(LiveScript.SOURCE + ";" + CurrentAccount.LEAVE_WHEN_SIGNED_OUT
                            + ";window.partaLive.use($0);window.partaLive.frame($1, $2, $3, $4)",
                    tickets.issueTicket(actor), sync.name(), own.topic(), own.epoch(), (double) own.sequence());
        });
    }

    /**
     * Sign-out clears this browser's drafts and outbox (a shared classroom computer); if messages
     * are still waiting to be sent, the person decides first.
     */
    private void signOutAskingFirst() {
        String me = CurrentAccount.get().map(account -> String.valueOf(account.id())).orElse("");
        getElement().executeJs(CurrentAccount.UNSENT_COUNT, me).then(Integer.class, unsent -> {
            if (unsent == null || unsent == 0) {
                CurrentAccount.signOut(sessions);
            } else {
                confirmSignOut(unsent);
            }
        }, failed -> CurrentAccount.signOut(sessions));
    }

    private void confirmSignOut(int unsent) {
        Dialog dialog = new Dialog();
        dialog.setId("sign-out-unsent");
        dialog.setHeaderTitle(getTranslation("shell.signOut.unsent.title"));
        dialog.add(new Paragraph(getTranslation("shell.signOut.unsent.text", unsent)));
        Button stay = new Button(getTranslation("shell.signOut.unsent.stay"), click -> dialog.close());
        stay.setId("sign-out-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button(getTranslation("shell.signOut.unsent.leave"), click -> {
            dialog.close();
            CurrentAccount.signOut(sessions);
        });
        leave.setId("sign-out-anyway");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(leave, stay);
        dialog.open();
    }

    private String waitingText(long accountId) {
        int waiting = moderationQueue.countWaiting(accountId);
        return waiting > 0 ? String.valueOf(waiting) : "";
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CurrentAccount.get().ifPresent(this::show);
    }

    private void show(AccountSummary account) {
        Markup.show(header.getElement(), markup.header(schoolName, account, getLocale()));
        Markup.show(sections.getElement(), markup.sections(account, moderationQueue.countWaiting(account.id())));
    }
}
