package ru.parta.moderation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The automatic filter: a text's words, with their disguises undone ({@link TextNormalizer}),
 * against the vocabulary (lexicon.txt, and the administrators' own lists), minus the innocent words
 * that look alike (exceptions.txt). The first rule that catches a word decides, the strictest first
 * (refuse before hold before flag). Insults count only when the message addresses someone. Built
 * from resource files only, so the server and the command-line check use exactly the same filter.
 */
public final class ContentFilter {

    /** Addressing someone: the second person, or a message of a few words ("Дебил!"). */
    private static final Set<String> ADDRESS = Set.of("ты", "тебя", "тебе", "тобой", "тобою", "твой", "твоя", "твое",
            "твои", "твоего", "твоей", "твоих", "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "сам", "сама",
            "сами", "you", "your", "youre", "u", "ur", "ты-то", "иди");
    private static final int SHORT_MESSAGE_WORDS = 2;
    private static final int MAX_CHECKED_CHARS = 20_000;
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern NOT_LETTER_OR_HYPHEN = Pattern.compile("[^\\p{L}-]");
    private static final Pattern MASKED = Pattern.compile("\\p{L}+([*#]+\\p{L}+)+");

    private final TextNormalizer normalizer;
    private final List<FilterRule> rules;
    private final List<Pattern> exceptions;
    private final List<String> maskedForms;
    private final ListedRules listed;
    /** The vocabulary's verdicts on words seen before, shared with the copies that add a school's list. */
    private final WordVerdicts known;
    /** What a masked obscene word ("б**дь") gets: the obscene category's action. */
    private final FilterAction masked;

    ContentFilter(TextNormalizer normalizer, List<FilterRule> rules, List<Pattern> exceptions) {
        this(normalizer, rules, exceptions, table("masked.txt").stream().map(line -> line[0]).toList(),
                ListedRules.NONE, FilterAction.REFUSE);
    }

    private ContentFilter(TextNormalizer normalizer, List<FilterRule> rules, List<Pattern> exceptions,
                          List<String> maskedForms, ListedRules listed, FilterAction masked) {
        this.normalizer = normalizer;
        List<FilterRule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing(FilterRule::action));
        this.rules = List.copyOf(ordered);
        this.exceptions = List.copyOf(exceptions);
        this.maskedForms = maskedForms;
        this.listed = listed;
        this.masked = masked;
        this.known = new WordVerdicts();
    }

    private ContentFilter(ContentFilter vocabulary, ListedRules listed) {
        this.normalizer = vocabulary.normalizer;
        this.rules = vocabulary.rules;
        this.exceptions = vocabulary.exceptions;
        this.maskedForms = vocabulary.maskedForms;
        this.listed = listed;
        this.masked = vocabulary.masked;
        this.known = vocabulary.known;
    }

    /** This filter with the school's own list in place of the one it had. */
    public ContentFilter withList(List<ListEntry> entries) {
        return new ContentFilter(this, ListedRules.of(normalizer, entries));
    }

    /**
     * This filter with the actions an administrator chose for the vocabulary's categories (the
     * others keep the vocabulary's own); rules are ordered again, strictest first, and words judged afresh.
     */
    public ContentFilter withActions(Map<FilterCategory, FilterAction> chosen) {
        List<FilterRule> acting = rules.stream()
                .map(rule -> chosen.containsKey(rule.category()) ? rule.acting(chosen.get(rule.category())) : rule)
                .toList();
        return new ContentFilter(normalizer, acting, exceptions, maskedForms, listed,
                chosen.getOrDefault(FilterCategory.OBSCENE, masked));
    }

    /** What each category of the vocabulary gets in this filter (its rules of a category share one action). */
    public Map<FilterCategory, FilterAction> actionsByCategory() {
        Map<FilterCategory, FilterAction> actions = new java.util.EnumMap<>(FilterCategory.class);
        for (FilterRule rule : rules) {
            actions.putIfAbsent(rule.category(), rule.action());
        }
        actions.remove(FilterCategory.LISTED);
        return actions;
    }

    /** The filter with Parta's own vocabulary, from the resource files. */
    public static ContentFilter standard() {
        return standard(List.of());
    }

    /** The standard filter plus an administrator's rules. */
    public static ContentFilter standard(List<FilterRule> extra) {
        Map<Character, String> homoglyphs = new HashMap<>();
        for (String[] line : table("homoglyphs.txt")) {
            homoglyphs.put(line[0].charAt(0), line[1]);
        }
        List<String[]> translit = table("translit.txt");
        List<FilterRule> rules = new ArrayList<>();
        for (String[] line : table("lexicon.txt")) {
            rules.add(FilterRule.of(line[0], FilterCategory.valueOf(line[1]), FilterAction.valueOf(line[2]),
                    FilterRule.Kind.valueOf(line[3].toUpperCase(java.util.Locale.ROOT)), line[4]));
        }
        rules.addAll(extra);
        List<Pattern> exceptions = new ArrayList<>();
        for (String[] line : table("exceptions.txt")) {
            exceptions.add(Pattern.compile(line[0]));
        }
        return new ContentFilter(new TextNormalizer(homoglyphs, translit), rules, exceptions);
    }

    /** Checks a text (a message, a comment, a poll, a chat's name); the strictest rule that catches it decides. */
    public FilterVerdict check(String text) {
        return check(text, true);
    }

    /** Checks a name (a person's, a file's): insults do not apply, so "Козлов" and "козлы.pdf" pass. */
    public FilterVerdict checkName(String name) {
        return check(name, false);
    }

    private FilterVerdict check(String text, boolean insults) {
        if (text == null || text.isBlank()) {
            return FilterVerdict.PASS;
        }
        String cleaned = TextNormalizer.clean(text.length() > MAX_CHECKED_CHARS ? text.substring(0, MAX_CHECKED_CHARS) : text);
        FilterVerdict vocabulary = checkVocabulary(text, cleaned, insults);
        if (vocabulary.refused() || listed.isEmpty()) {
            return vocabulary;
        }
        ListEntry entry = listed.match(normalizer, cleaned, TextNormalizer.chunks(cleaned));
        if (entry == null || !vocabulary.passed()
                && FilterAction.valueOf(vocabulary.action()).compareTo(entry.action()) <= 0) {
            return vocabulary;
        }
        return new FilterVerdict(entry.ruleId(), FilterCategory.LISTED.name(), entry.action().name(), entry.entry(),
                entry.reason().name());
    }

    private FilterVerdict checkVocabulary(String text, String cleaned, boolean insults) {
        List<String> chunks = TextNormalizer.chunks(cleaned).stream().filter(chunk -> !innocentChunk(chunk)).toList();
        boolean addressed = chunks.size() <= SHORT_MESSAGE_WORDS || namesSomeone(text) || chunks.stream()
                .map(chunk -> NOT_LETTER_OR_HYPHEN.matcher(chunk).replaceAll("")).anyMatch(ADDRESS::contains);
        boolean withInsults = insults && addressed;
        List<TextNormalizer.Word> words = normalizer.words(chunks);
        // The first rule (in the rules' order: strictest first) that catches any word decides, at the
        // first word it catches: the same verdict as trying every rule on every word, from remembered words.
        int decisive = WordVerdicts.NONE;
        TextNormalizer.Word caught = null;
        for (TextNormalizer.Word word : words) {
            WordVerdicts.Verdict verdict = known.verdict(word.written(), () -> judge(word));
            int rule = withInsults ? verdict.first() : verdict.firstNotInsult();
            if (rule < decisive) {
                decisive = rule;
                caught = word;
            }
        }
        if (caught != null) {
            FilterRule rule = rules.get(decisive);
            return new FilterVerdict(rule.id(), rule.category().name(), rule.action().name(), caught.written(),
                    ModerationReason.INSULT.name());
        }
        for (TextNormalizer.Word word : words) {
            if (word.masked() && masksObscenity(word)) {
                return new FilterVerdict("masked", FilterCategory.OBSCENE.name(), masked.name(),
                        word.written(), ModerationReason.INSULT.name());
            }
        }
        return FilterVerdict.PASS;
    }

    /** Which rules catch one word: the first of all, and the first that is not an insult (for unaddressed text). */
    private WordVerdicts.Verdict judge(TextNormalizer.Word word) {
        if (word.english().stream().anyMatch(this::innocent)) {
            return WordVerdicts.Verdict.NOTHING;  // an English word that reads as Russian mat once transliterated ("ebook")
        }
        int first = WordVerdicts.NONE;
        for (int i = 0; i < rules.size(); i++) {
            FilterRule rule = rules.get(i);
            boolean insult = rule.kind() == FilterRule.Kind.INSULT;
            if (insult && first != WordVerdicts.NONE || !catches(rule, word)) {
                continue;
            }
            if (!insult) {
                return new WordVerdicts.Verdict(first == WordVerdicts.NONE ? i : first, i);
            }
            first = i;
        }
        return new WordVerdicts.Verdict(first, WordVerdicts.NONE);
    }

    private boolean catches(FilterRule rule, TextNormalizer.Word word) {
        for (String reading : rule.english() ? word.english() : word.russian()) {
            if (rule.matches(reading) && !innocent(reading)) {
                return true;
            }
        }
        return false;
    }

    private boolean innocentChunk(String chunk) {
        return known.innocentChunk(chunk, () -> innocent(TextNormalizer.collapse(NOT_LETTER.matcher(chunk).replaceAll(""))));
    }

    /** "б**дь", "х*й": a word with letters masked that fits an obscene word, with at least two letters shown. */
    private boolean masksObscenity(TextNormalizer.Word word) {
        for (String reading : java.util.stream.Stream.concat(word.russian().stream(), word.english().stream()).toList()) {
            long shown = reading.chars().filter(Character::isLetter).count();
            // Masks stand between letters ("б**дь"); a leading or trailing "#" is a hashtag or a number sign.
            if (shown < 2 || !MASKED.matcher(reading).matches()) {
                continue;
            }
            Pattern masked = Pattern.compile("^" + java.util.Arrays.stream(reading.split("[*#]+", -1))
                    .map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\p{L}{1,3}")) + "$");
            for (String form : maskedForms) {
                if (masked.matcher(form).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalised word after the first (a name: "а Петров опять...") or an @mention. */
    private static boolean namesSomeone(String text) {
        String[] words = text.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("^[\\p{Punct}«\"]+", "");
            if (word.startsWith("@") || !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !words[i - 1].matches(".*[.!?]$")) {
                return true;
            }
        }
        return false;
    }

    private boolean innocent(String reading) {
        for (Pattern exception : exceptions) {
            if (exception.matcher(reading).find()) {
                return true;
            }
        }
        return false;
    }

    /** A resource file of tab-separated lines, without comments and blank lines. */
    private static List<String[]> table(String name) {
        try (InputStream in = ContentFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The filter's data is missing from the application: " + name);
            }
            List<String[]> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip().split("\t"));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
