package ru.parta.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text cut into pieces the browser shows as plain text nodes (never HTML), web
 * addresses as links that open in a new tab, and "@Name" of mentioned people highlighted. Only
 * addresses starting with http://, https:// or www. become links, so no other scheme can slip in.
 */
final class LinkedText {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]}»\"'";

    /** One piece: {@code href} is set for a link only. */
    record Piece(Kind kind, String text, String href) {
    }

    enum Kind { TEXT, LINK, MENTION }

    private LinkedText() {
    }

    static List<Piece> pieces(String text, Collection<String> mentionedNames) {
        List<Piece> parts = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        int at = 0;
        while (matcher.find()) {
            String link = matcher.group();
            int end = matcher.end();
            while (!link.isEmpty() && TRAILING.indexOf(link.charAt(link.length() - 1)) >= 0) {
                link = link.substring(0, link.length() - 1);
                end--;
            }
            plain(text.substring(at, matcher.start()), mentionedNames, parts);
            String href = link.regionMatches(true, 0, "www.", 0, 4) ? "http://" + link : link;
            parts.add(new Piece(Kind.LINK, link, href));
            at = end;
        }
        plain(text.substring(at), mentionedNames, parts);
        return parts;
    }

    private static void plain(String text, Collection<String> names, List<Piece> parts) {
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            String found = null;
            for (String name : names) {
                int index = text.indexOf("@" + name, at);
                if (index >= 0 && (next < 0 || index < next)) {
                    next = index;
                    found = name;
                }
            }
            if (found == null) {
                parts.add(new Piece(Kind.TEXT, text.substring(at), null));
                return;
            }
            if (next > at) {
                parts.add(new Piece(Kind.TEXT, text.substring(at, next), null));
            }
            parts.add(new Piece(Kind.MENTION, "@" + found, null));
            at = next + found.length() + 1;
        }
    }
}
