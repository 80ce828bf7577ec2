package ru.parta.ui.home;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.i18n.Messages;
import ru.parta.ui.Routes;
import ru.parta.ui.base.Markup;

/**
 * The page frame's header and menu as {@link Markup}: the same on every page, changed only by the
 * person or the language, they were forty Vaadin components. Clicks the server must hear (language,
 * the language) carry a {@code data-action}.
 */
final class ShellMarkup {

    static final String LANGUAGE = "language-";

    private final Function<String, String> text;

    /** {@code text}: the translation of a bundle key in the page's language. */
    ShellMarkup(Function<String, String> text) {
        this.text = text;
    }

    Element header(String schoolName, AccountSummary account, Locale language) {
        Element header = Markup.detached("div");
        header.appendElement("a").id("skip-to-content").addClass("skip-link").attr("href", "#")
                .attr("router-ignore", "").text(text.apply("shell.skipToContent"));
        header.appendElement("vaadin-drawer-toggle").attr("aria-label", text.apply("shell.menu"));
        header.appendElement("span").addClass("brand-small").text(text.apply("app.name"));
        header.appendElement("span").addClass("shell-school").text(schoolName);
        Element who = header.appendElement("div").addClass("shell-who");
        String name = account.fullName();
        who.appendElement("span").id("current-person").addClass("shell-person")
                .attr("data-verified", String.valueOf(account.teacherVerified()))
                .attr("title", account.teacherVerified() ? name + " — " + text.apply("person.verifiedTeacher") : name)
                .text(name);
        who.appendElement("span").id("current-roles").addClass("shell-roles").text(account.roles().stream().sorted()
                .map(role -> text.apply(role.messageKey())).collect(Collectors.joining(", ")));
        Element languages = header.appendElement("div").addClass("language-switch");
        for (Locale locale : Messages.SUPPORTED) {
            String code = locale.getLanguage();
            String shortName = text.apply("language.short." + code);
            // The spoken name starts with what the button shows ("RU — Русский"): WCAG 2.5.3, label in name.
            languages.appendElement("vaadin-button").id(LANGUAGE + code).attr("data-action", LANGUAGE + code)
                    .attr("theme", code.equals(language.getLanguage()) ? "small primary" : "small tertiary")
                    .attr("aria-label", shortName + " — " + text.apply("language.name." + code)).text(shortName);
        }
        return header;
    }

    /** The sections a person's roles open; the route guard checks the same roles on the server. */
    Element sections(AccountSummary account, int waitingForModeration) {
        Element content = Markup.detached("div");
        Element nav = content.appendElement("vaadin-side-nav").addClass("shell-nav");
        for (Section section : SECTIONS) {
            if (section.roles().isEmpty() || account.hasAnyRole(section.roles())) {
                Element item = nav.appendElement("vaadin-side-nav-item").attr("path", section.route().isEmpty() ? "/" : section.route());
                item.appendElement("vaadin-icon").attr("icon", "vaadin:" + section.icon()).attr("slot", "prefix");
                item.appendText(text.apply(section.key()));
                if (section.route().equals(Routes.MODERATION)) {
                    // What waits for this moderator; the page frame keeps it current (MainLayout).
                    item.appendElement("span").attr("slot", "suffix").id(MODERATION_COUNT).addClass("nav-count")
                            .attr("aria-label", text.apply("nav.moderation.waiting"))
                            .text(waitingForModeration > 0 ? String.valueOf(waitingForModeration) : "");
                }
            }
        }
        return content;
    }

    static final String MODERATION_COUNT = "nav-moderation-count";

    private record Section(String key, String route, String icon, Set<Role> roles) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("nav.home", "", "home", Set.of()),
            new Section("nav.chats", Routes.CHATS, "chat", Set.of()),
            new Section("nav.channels", Routes.CHANNELS, "megaphone", Set.of()),
            new Section("nav.moderation", Routes.MODERATION, "flag-o", Set.of()),
            new Section("nav.people", Routes.PEOPLE, "users", Set.of()),
            new Section("nav.materials", Routes.MATERIALS, "book", Set.of()),
            new Section("nav.myDisplay", Routes.MY_DISPLAY, "presentation", Set.of(Role.TEACHER)),
            new Section("nav.broadcast", Routes.BROADCAST, "play-circle", Set.of(Role.ADMIN, Role.DIRECTOR)),
            new Section("nav.displays", Routes.DISPLAYS, "desktop", Set.of(Role.ADMIN, Role.DIRECTOR)),
            new Section("nav.broadcastPlan", Routes.BROADCAST_PLAN, "calendar-clock", Set.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER)),
            new Section("nav.classes", Routes.CLASSES, "academy-cap", Set.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER)),
            new Section("nav.groups", Routes.GROUPS, "group", Set.of(Role.ADMIN, Role.DIRECTOR)),
            new Section("nav.invitations", Routes.INVITATIONS, "envelope-open", Set.of(Role.ADMIN, Role.TEACHER)),
            new Section("nav.requests", Routes.REQUESTS, "inbox", Set.of(Role.ADMIN, Role.TEACHER)),
            new Section("nav.privacy", Routes.PRIVACY, "shield", Set.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER)),
            new Section("nav.import", Routes.IMPORT, "upload", Set.of(Role.ADMIN)),
            new Section("nav.security", Routes.SECURITY, "lock", Set.of(Role.ADMIN)),
            new Section("nav.backups", Routes.BACKUPS, "archive", Set.of(Role.ADMIN)),
            new Section("nav.https", Routes.HTTPS, "key", Set.of(Role.ADMIN)),
            new Section("nav.chatSettings", Routes.CHAT_SETTINGS, "comments-o", Set.of(Role.ADMIN)),
            new Section("nav.rules", Routes.RULES, "file-text-o", Set.of(Role.ADMIN, Role.DIRECTOR)),
            new Section("nav.moderationList", Routes.MODERATION_LIST, "filter", Set.of(Role.ADMIN)),
            new Section("nav.moderationStats", Routes.MODERATION_STATS, "chart", Set.of(Role.ADMIN, Role.DIRECTOR)),
            new Section("nav.moderationLog", Routes.MODERATION_LOG, "clipboard-check", Set.of(Role.ADMIN)),
            new Section("nav.school", Routes.SCHOOL_PROFILE, "cog", Set.of(Role.ADMIN)),
            new Section("nav.account", Routes.ACCOUNT, "user", Set.of()));
}
