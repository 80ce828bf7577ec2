package ru.parta.chat;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Messages;
import ru.parta.live.LiveCommand;
import ru.parta.live.LiveCommands;

/**
 * "post" on the live connection: a message of text alone (the composer holds no file, quote,
 * picked mention or urgency) goes to {@link ChatService#postMessage} without a Vaadin round trip.
 * The answer is what the chat screen's own send answers: the message as every reader gets it (so
 * the sender draws it at once), the time a held message goes out, or the refusal in the tab's
 * language. The client key makes a repeat (an answer lost with its connection) harmless.
 */
@Singleton
class ChatCommands implements LiveCommands {

    private static final Pattern CHAT = Pattern.compile("conversation:(\\d{1,18})");

    private final ChatService chats;
    private final ChatFrames frames;
    private final JsonMapper json;

    ChatCommands(ChatService chats, ChatFrames frames, JsonMapper json) {
        this.chats = chats;
        this.frames = frames;
        this.json = json;
    }

    @Override
    public String op() {
        return "post";
    }

    @Override
    public String run(Actor actor, Locale language, LiveCommand command) {
        Matcher chat = CHAT.matcher(command.topic());
        if (!chat.matches()) {
            return refusal(language, "chat.notFound");
        }
        try {
            PostOutcome outcome = chats.postMessage(
                    NewMessage.text(Long.parseLong(chat.group(1)), command.key(), command.text()), actor);
            return outcome.isHeld()
                    ? (outcome.held().awaitingReview() ? "{\"review\":true}"
                    : "{\"held\":" + outcome.held().deliverAt().toEpochMilli() + "}")
                    : "{\"message\":" + frames.describeMessage(outcome.delivered()) + "}";
        } catch (PartaException refused) {
            return refusal(language, refused.messageKey(), refused.arguments());
        }
    }

    private String refusal(Locale language, String messageKey, Object... arguments) {
        try {
            return json.writeValueAsString(Map.of("error", Messages.core().translate(messageKey, language, arguments)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
