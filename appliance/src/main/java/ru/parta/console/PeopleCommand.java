package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.PendingCode;
import ru.parta.access.SessionService;
import ru.parta.base.PartaException;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;

/**
 * {@code people find <text> | show <person> | lock <person> | unlock <person> | code <person> |
 * end-sessions <person>}; a person is their number (as {@code find} shows it) or their login.
 */
@Singleton
class PeopleCommand implements ConsoleCommand {

    private static final int FOUND_AT_MOST = 50;

    private final PeopleDirectory directory;
    private final AccountService accounts;
    private final ActivationService activation;
    private final SessionService sessions;
    private final ConsoleTimes times;

    PeopleCommand(PeopleDirectory directory, AccountService accounts, ActivationService activation,
                  SessionService sessions, ConsoleTimes times) {
        this.directory = directory;
        this.accounts = accounts;
        this.activation = activation;
        this.sessions = sessions;
        this.times = times;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<String> subcommands() {
        return List.of("find", "show", "lock", "unlock", "code", "end-sessions");
    }

    @Override
    public int run(Invocation in) {
        AccountSummary viewer = accounts.findAccount(in.who().accountId())
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        switch (in.word(0)) {
            case "find" -> find(in, viewer, in.rest(1));
            case "show" -> show(in, viewer, person(in, viewer, in.word(1)));
            case "lock" -> {
                AccountSummary locked = accounts.setEnabled(person(in, viewer, in.word(1)), false, in.actor());
                in.say("console.people.locked", locked.fullName());
            }
            case "unlock" -> {
                AccountSummary unlocked = accounts.setEnabled(person(in, viewer, in.word(1)), true, in.actor());
                in.say("console.people.unlocked", unlocked.fullName());
            }
            case "code" -> {
                long id = person(in, viewer, in.word(1));
                PendingCode code = activation.issueCode(id, in.actor());
                in.say("console.people.code", directory.findPerson(viewer, id).fullName(), code.code(),
                        times.format(code.expiresAt()));
            }
            case "end-sessions" -> {
                long id = person(in, viewer, in.word(1));
                int ended = sessions.endAllSessions(id, in.actor());
                in.say("console.people.sessionsEnded", ended, directory.findPerson(viewer, id).fullName());
            }
            default -> throw new Invocation.UsageException();
        }
        return ConsoleCommands.OK;
    }

    private void find(Invocation in, AccountSummary viewer, String text) {
        List<PersonRow> found = directory.findPeople(viewer, PeopleFilter.ALL.withText(text), 0, FOUND_AT_MOST);
        if (found.isEmpty()) {
            in.say("console.people.none");
            return;
        }
        for (PersonRow row : found) {
            in.line(String.format("%6d  %-40s %s  %s", row.id(), row.fullName(), roles(in, row),
                    in.text(row.status().messageKey())));
        }
        if (found.size() == FOUND_AT_MOST) {
            in.say("console.people.more", FOUND_AT_MOST);
        }
    }

    private void show(Invocation in, AccountSummary viewer, long id) {
        PersonRow row = directory.findPerson(viewer, id);
        AccountSummary account = accounts.findPerson(id).orElseThrow(() -> PartaException.notFound("person.notFound"));
        in.say("console.people.name", row.fullName(), row.id());
        in.say("console.people.login", account.login() == null ? "—" : account.login());
        in.say("console.people.roles", roles(in, row));
        in.say("console.people.state", in.text(row.status().messageKey()),
                in.text(account.enabled() ? "console.people.enabled" : "console.people.disabled"));
        if (row.classLabel() != null) {
            in.say("console.people.class", row.classLabel());
        }
        if (!row.children().isEmpty()) {
            in.say("console.people.children", String.join(", ", row.children()));
        }
        in.say("console.people.sessions", sessions.findActiveSessions(id).size());
    }

    private static String roles(Invocation in, PersonRow row) {
        return row.roles().stream().map(role -> in.text("role." + role.name().toLowerCase(Locale.ROOT)))
                .sorted().collect(Collectors.joining(", "));
    }

    /** A number the viewer may see, or the login of someone who can sign in. */
    private long person(Invocation in, AccountSummary viewer, String word) {
        if (word.matches("\\d{1,18}")) {
            long id = Long.parseLong(word);
            return directory.findPerson(viewer, id).id();
        }
        return accounts.findAccountByLogin(word).map(AccountSummary::id)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
    }
}
