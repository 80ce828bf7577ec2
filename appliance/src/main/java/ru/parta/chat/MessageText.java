package ru.parta.chat;

import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;

/**
 * What a message's text may be: plain text with line breaks. Control characters go, line ends
 * become "\n", the edges are trimmed. HTML is kept as typed and always shown as text.
 */
final class MessageText {

    private MessageText() {
    }

    static String clean(String raw) {
        return DisplayText.multiLine(raw).strip().replaceAll("\n{4,}", "\n\n\n");
    }

    /** Cleans and checks the length; an empty text is allowed only where files go with it. */
    static String require(String raw, boolean hasAttachments, int maxLength) {
        String text = clean(raw);
        if (text.isEmpty() && !hasAttachments) {
            throw PartaException.invalid("chat.message.empty");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw PartaException.limit("chat.message.tooLong", maxLength);
        }
        return text;
    }
}
