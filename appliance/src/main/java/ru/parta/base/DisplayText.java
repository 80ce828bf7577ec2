package ru.parta.base;

/**
 * The one place where text people type loses what could disguise it when shown to others:
 * control characters and invisible formatting characters (Unicode category Cf), among them the
 * bidirectional overrides and isolates that make "photo\u202Egpj.exe" look like "photoexe.jpg",
 * and zero-width spaces. The zero-width joiner stays: emoji sequences (👨‍👩‍👧) are built with it.
 */
public final class DisplayText {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private DisplayText() {
    }

    /** Keeps line breaks and tabs (message texts); null becomes empty. */
    public static String multiLine(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || visible(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** A name on one line: invisible characters removed, spaces collapsed, the edges trimmed. */
    public static String name(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
                .filter(c -> c == ' ' || visible(c)).forEach(kept::appendCodePoint);
        return kept.toString().strip().replaceAll(" {2,}", " ");
    }

    /** As {@link #name} but null (or nothing left) stays null: optional notes and addresses. */
    public static String optionalName(String raw) {
        String clean = name(raw);
        return clean.isEmpty() ? null : clean;
    }

    private static boolean visible(int c) {
        return !Character.isISOControl(c) && (Character.getType(c) != Character.FORMAT || c == ZERO_WIDTH_JOINER);
    }
}
