package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text as components: plain text nodes (never HTML), web addresses as links that open
 * in a new tab, and "@Name" of mentioned people highlighted. Line breaks show through CSS.
 */
final class LinkedText {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]}»\"'";

    private LinkedText() {
    }

    static List<Component> render(String text, Collection<String> mentionedNames) {
        List<Component> parts = new ArrayList<>();
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
            Anchor anchor = new Anchor(href, link);
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            anchor.getElement().setAttribute("router-ignore", true);
            parts.add(anchor);
            at = end;
        }
        plain(text.substring(at), mentionedNames, parts);
        return parts;
    }

    private static void plain(String text, Collection<String> names, List<Component> parts) {
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
                parts.add(new Text(text.substring(at)));
                return;
            }
            if (next > at) {
                parts.add(new Text(text.substring(at, next)));
            }
            Span mention = new Span("@" + found);
            mention.addClassName("chat-mention");
            parts.add(mention);
            at = next + found.length() + 1;
        }
    }
}
