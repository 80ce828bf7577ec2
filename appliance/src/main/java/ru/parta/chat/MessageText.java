package ru.parta.chat;

import ru.parta.base.PartaException;

/**
 * What a message's text may be: plain text with line breaks. Control characters go, line ends
 * become "\n", the edges are trimmed. HTML is kept as typed and always shown as text.
 */
final class MessageText {

    private MessageText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(kept::appendCodePoint);
        return kept.toString().strip().replaceAll("\n{4,}", "\n\n\n");
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
