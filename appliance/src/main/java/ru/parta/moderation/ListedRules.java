package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The school's own list entries as the filter applies them. Words are read through the same
 * normaliser as the filter's vocabulary, so "Колумбайн" also catches "K0лумбайн" and "Kolumbain";
 * a pattern runs on the cleaned text with a budget, so a pattern that backtracks without end cannot
 * stall posting (it just does not match, and its entry's page says so when it is tried).
 */
final class ListedRules {

    static final ListedRules NONE = new ListedRules(List.of());
    private static final int REGEX_BUDGET = 200_000;

    /** One word of an entry: the readings it stands for, and whether any ending may follow. */
    private record WordForm(Set<String> readings, boolean open) {

        boolean fits(Set<String> chunkReadings) {
            for (String reading : chunkReadings) {
                for (String wanted : readings) {
                    if (open ? reading.startsWith(wanted) : reading.equals(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private record Compiled(ListEntry entry, List<WordForm> words, @Nullable Pattern pattern) {
    }

    private static final int REMEMBERED_CHUNKS = 50_000;

    private final List<Compiled> compiled;
    private final java.util.Map<String, Set<String>> chunkReadings = new java.util.concurrent.ConcurrentHashMap<>();

    private ListedRules(List<Compiled> compiled) {
        this.compiled = List.copyOf(compiled);
    }

    static ListedRules of(TextNormalizer normalizer, List<ListEntry> entries) {
        List<Compiled> compiled = new ArrayList<>();
        for (ListEntry entry : entries) {
            if (entry.kind() == ListKind.PATTERN) {
                compiled.add(new Compiled(entry, List.of(), compile(entry.entry())));
            } else {
                List<WordForm> words = new ArrayList<>();
                for (String word : TextNormalizer.chunks(TextNormalizer.clean(entry.entry()))) {
                    boolean open = word.endsWith("*");
                    words.add(new WordForm(readingsOfWhole(normalizer, open ? word.replaceAll("\\*+$", "") : word), open));
                }
                compiled.add(new Compiled(entry, words, null));
            }
        }
        compiled.sort(Comparator.comparing(c -> c.entry().action()));
        return new ListedRules(compiled);
    }

    boolean isEmpty() {
        return compiled.isEmpty();
    }

    /** The strictest entry that catches the text (already cleaned and cut into chunks), or null. */
    @Nullable ListEntry match(TextNormalizer normalizer, String cleaned, List<String> chunks) {
        List<Set<String>> chunkReadings = null;
        for (Compiled rule : compiled) {
            if (rule.pattern() != null) {
                if (finds(rule.pattern(), cleaned)) {
                    return rule.entry();
                }
                continue;
            }
            if (chunkReadings == null) {
                chunkReadings = new ArrayList<>();
                for (String chunk : chunks) {
                    chunkReadings.add(readingsOfChunk(normalizer, chunk));
                }
            }
            if (inARow(rule.words(), chunkReadings)) {
                return rule.entry();
            }
        }
        return null;
    }

    /** Every reading of a chunk, remembered like the vocabulary's word verdicts (the same words come again). */
    private Set<String> readingsOfChunk(TextNormalizer normalizer, String chunk) {
        Set<String> known = chunkReadings.get(chunk);
        if (known == null) {
            Set<String> readings = new HashSet<>();
            for (TextNormalizer.Word word : normalizer.words(List.of(chunk))) {
                readings.addAll(word.russian());
                readings.addAll(word.english());
            }
            known = Set.copyOf(readings);
            if (chunkReadings.size() >= REMEMBERED_CHUNKS) {
                chunkReadings.clear();
            }
            chunkReadings.put(chunk, known);
        }
        return known;
    }

    /** Compiles an administrator's pattern as the filter runs it (case-insensitive, Unicode). */
    static Pattern compile(String regex) throws PatternSyntaxException {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the pattern finds something in the text within its budget (a runaway pattern finds nothing). */
    static boolean finds(Pattern pattern, String text) {
        try {
            return pattern.matcher(new Budgeted(text, REGEX_BUDGET)).find();
        } catch (Budgeted.Exhausted runaway) {
            return false;
        }
    }

    /** Whether a pattern used up its budget on this text (the list page warns the administrator). */
    static boolean runsAway(Pattern pattern, String text) {
        try {
            pattern.matcher(new Budgeted(text, REGEX_BUDGET)).find();
            return false;
        } catch (Budgeted.Exhausted runaway) {
            return true;
        }
    }

    private static boolean inARow(List<WordForm> words, List<Set<String>> chunks) {
        for (int start = 0; start + words.size() <= chunks.size(); start++) {
            int matched = 0;
            while (matched < words.size() && words.get(matched).fits(chunks.get(start + matched))) {
                matched++;
            }
            if (matched == words.size()) {
                return true;
            }
        }
        return false;
    }

    /** The readings of an entry's word taken whole ("1x-bet" as one word, not "1x" and "bet"). */
    private static Set<String> readingsOfWhole(TextNormalizer normalizer, String word) {
        List<TextNormalizer.Word> words = normalizer.words(List.of(word));
        TextNormalizer.Word whole = words.stream().max(Comparator.comparingInt(w -> w.written().length())).orElseThrow();
        Set<String> readings = new HashSet<>(whole.russian());
        readings.addAll(whole.english());
        return readings;
    }

    /** A text that stops a regular expression after a number of character reads. */
    private static final class Budgeted implements CharSequence {

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final CharSequence text;
        private final int[] budget;

        Budgeted(CharSequence text, int budget) {
            this(text, new int[] {budget});
        }

        private Budgeted(CharSequence text, int[] budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
