package ru.parta.moderation;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;

/**
 * The filter in front of every text the features take. A refusal is recorded (who, where, which
 * rule, the SHA-256 of the text, never the text itself) and the author is asked to rephrase; what
 * the filter only flags goes through for now (the moderation queue takes it later).
 */
@Singleton
class FilterGuard implements TextGuard {

    private final ContentFilter filter = ContentFilter.standard();
    private final FilterRecord record;

    FilterGuard(FilterRecord record) {
        this.record = record;
    }

    @Override
    public void requireAcceptable(String text, String where, long authorId) {
        FilterVerdict verdict = filter.check(text);
        if (verdict.refused()) {
            record.recordRefusal(authorId, where + " " + verdict.ruleId() + " " + sha256(text));
            throw PartaException.invalid(switch (FilterRule.Category.valueOf(verdict.category())) {
                case OBSCENE -> "moderation.refused.obscene";
                case INSULT -> "moderation.refused.insult";
                case VULGAR -> "moderation.refused.vulgar";
                case LISTED -> "moderation.refused.listed";
            });
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
