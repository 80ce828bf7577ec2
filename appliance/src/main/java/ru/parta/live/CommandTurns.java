package ru.parta.live;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.base.i18n.Messages;

/**
 * The features' commands a tab sends on its live connection ({@link LiveCommands}): each runs in
 * the tab's turn as its person (with the roles they have now and the tab's session, which the
 * feature's service checks like any other), and the answer goes to this tab alone, under the key
 * it gave. A refusal the hub itself makes (busy, failed) is in the tab's language too.
 */
@Singleton
class CommandTurns {

    private static final Logger LOG = LoggerFactory.getLogger(CommandTurns.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Map<String, LiveCommands> features = new HashMap<>();
    private final AccountService accounts;
    private final JsonMapper json;

    CommandTurns(List<LiveCommands> commands, AccountService accounts, JsonMapper json) {
        commands.forEach(feature -> features.put(feature.op(), feature));
        this.accounts = accounts;
        this.json = json;
    }

    void run(LiveConnection connection, LiveRequest request) {
        LiveCommands feature = request.op() == null ? null : features.get(request.op());
        if (feature == null || request.key() == null || !KEY.matcher(request.key()).matches()) {
            connection.offer(Frames.plain("unknown"));
            return;
        }
        String key = request.key();
        LiveCommand command = new LiveCommand(request.topic() == null ? "" : request.topic(), key,
                request.text() == null ? "" : request.text());
        boolean queued = connection.runInTurn(() -> {
            String answer;
            try {
                answer = accounts.findAccount(connection.accountId)
                        .map(person -> feature.run(Actor.of(person, connection.sessionId), connection.language, command))
                        .orElseGet(() -> refusal(connection, "permission.denied"));
            } catch (RuntimeException e) {
                LOG.warn("A live {} of account {} failed", request.op(), connection.accountId, e);
                answer = refusal(connection, "error.unexpected");
            }
            connection.offer(Frames.answer(key, answer));
        });
        if (!queued) {
            connection.offer(Frames.answer(key, refusal(connection, "live.busy")));
        }
    }

    private String refusal(LiveConnection connection, String messageKey) {
        try {
            return json.writeValueAsString(Map.of("error", Messages.core().translate(messageKey, connection.language)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
