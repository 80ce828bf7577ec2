package ru.parta.moderation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The filter's verdicts on single words, remembered. A school writes the same few thousand words
 * again and again, and a word's verdict depends only on the word as written (its readings and the
 * vocabulary are fixed), so each is worked out once; trying every rule's pattern on every reading
 * was most of the filter's time. Bounded: when full it starts afresh, which costs only time.
 */
final class WordVerdicts {

    static final int NONE = Integer.MAX_VALUE;
    private static final int MOST = 50_000;

    /** The index of the first rule that catches the word, and of the first that is not an insult; NONE if none. */
    record Verdict(int first, int firstNotInsult) {

        static final Verdict NOTHING = new Verdict(NONE, NONE);
    }

    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> innocentChunks = new ConcurrentHashMap<>();

    Verdict verdict(String written, Supplier<Verdict> judge) {
        Verdict known = verdicts.get(written);
        if (known == null) {
            known = judge.get();
            if (verdicts.size() >= MOST) {
                verdicts.clear();
            }
            verdicts.put(written, known);
        }
        return known;
    }

    boolean innocentChunk(String chunk, BooleanSupplier judge) {
        Boolean known = innocentChunks.get(chunk);
        if (known == null) {
            known = judge.getAsBoolean();
            if (innocentChunks.size() >= MOST) {
                innocentChunks.clear();
            }
            innocentChunks.put(chunk, known);
        }
        return known;
    }
}
