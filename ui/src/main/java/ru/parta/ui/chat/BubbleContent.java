package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import ru.parta.chat.ChatMessage;
import ru.parta.ui.Routes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a message bubble shows, as the JSON the browser draws it from (chat.js, {@code parta-message}).
 * Nothing in it depends on who looks: a message to a chat of a thousand is turned into JSON once per
 * language and the same text goes to every open screen, where before each screen built and kept its
 * own ten or more components. Whose it is, whether it mentions the viewer and which reactions are
 * theirs the browser works out from the viewer's id on the list.
 */
final class BubbleContent {

    private static final int REMEMBERED = 2_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The same message in the same language on the same day reads the same for everyone. */
    private record Key(ChatMessage message, Locale locale, LocalDate today, ZoneId zone) {
    }

    /**
     * A message as drawn, with the one instance of it every screen keeps: a page of history read by
     * each screen on its own would otherwise sit in memory once per screen.
     */
    record Made(ChatMessage message, String json) {
    }

    private static final Map<Key, Made> MADE = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Made> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private BubbleContent() {
    }

    /**
     * @param translator any component of the viewer's screen, for the viewer's language
     * @param memberNames the chat's members by id, asked only when the message mentions someone
     */
    static Made of(ChatMessage message, Locale locale, LocalDate today, ZoneId zone, Component translator,
                   Supplier<Map<Long, String>> memberNames) {
        Key key = new Key(message, locale, today, zone);
        Made made = MADE.get(key);
        if (made == null) {
            made = new Made(message, make(message, locale, today, zone, translator, memberNames).toString());
            MADE.put(key, made);
        }
        return made;
    }

    /** The words every bubble may need, once per screen rather than in every message. */
    static String labels(Component translator) {
        ObjectNode labels = JSON.objectNode();
        labels.put("verified", translator.getTranslation("person.verifiedTeacher"));
        labels.put("urgent", translator.getTranslation("chat.urgent.mark"));
        labels.put("deleted", translator.getTranslation("chat.deleted"));
        labels.put("edited", translator.getTranslation("chat.edited"));
        labels.put("actions", translator.getTranslation("chat.actions"));
        return labels.toString();
    }

    private static ObjectNode make(ChatMessage message, Locale locale, LocalDate today, ZoneId zone,
                                   Component translator, Supplier<Map<Long, String>> memberNames) {
        ObjectNode json = JSON.objectNode();
        json.put("id", message.id());
        json.put("authorId", message.authorId());
        json.put("author", message.authorName());
        json.put("verified", message.authorVerified());
        json.put("time", time(message.deliveredAt(), locale, today, zone));
        json.put("urgent", message.urgent());
        json.put("deleted", message.deleted());
        json.put("edited", message.editedAt() != null);
        ArrayNode mentions = json.putArray("mentions");
        message.mentionIds().forEach(mentions::add);
        if (message.deleted()) {
            return json;
        }
        if (message.replyTo() != null) {
            ObjectNode quote = json.putObject("quote");
            quote.put("author", message.replyTo().authorName());
            quote.put("text", message.replyTo().deleted() ? translator.getTranslation("chat.deleted")
                    : message.replyTo().snippet());
        }
        List<String> mentioned = message.mentionIds().isEmpty() ? List.of()
                : message.mentionIds().stream().map(memberNames.get()::get).filter(Objects::nonNull).toList();
        ArrayNode body = json.putArray("body");
        for (LinkedText.Piece piece : LinkedText.pieces(message.body(), mentioned)) {
            ArrayNode part = body.addArray().add(switch (piece.kind()) {
                case TEXT -> "t";
                case LINK -> "a";
                case MENTION -> "m";
            }).add(piece.text());
            if (piece.href() != null) {
                part.add(piece.href());
            }
        }
        ArrayNode files = json.putArray("files");
        for (ChatMessage.Attachment file : message.attachments()) {
            ObjectNode item = files.addObject();
            item.put("href", Routes.file(file.fileId()));
            item.put("name", file.name());
            item.put("image", file.image());
            if (file.image()) {
                item.put("preview", Routes.file(file.fileId()) + "/preview");
            } else {
                item.put("size", size(file.size(), translator));
            }
        }
        ArrayNode reactions = json.putArray("reactions");
        for (ChatMessage.Reaction reaction : message.reactions()) {
            ObjectNode item = reactions.addObject();
            item.put("emoji", reaction.emoji());
            ArrayNode who = item.putArray("ids");
            reaction.accountIds().forEach(who::add);
        }
        return json;
    }

    private static String time(Instant at, Locale locale, LocalDate today, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        String pattern = day.equals(today) ? "HH:mm" : "d MMM, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone));
    }

    private static String size(long bytes, Component translator) {
        if (bytes < 1024) {
            return translator.getTranslation("chat.file.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return translator.getTranslation("chat.file.kib", Math.round(bytes / 1024.0));
        }
        return translator.getTranslation("chat.file.mib", String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0));
    }
}
