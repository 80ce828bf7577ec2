package ru.parta.moderation;

import jakarta.inject.Singleton;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;

/**
 * The filter in front of every text the features take. A refused text's author is asked to rephrase; what
 * the filter only flags goes through for now (the moderation queue takes it later). The record is
 * a line of the moderation log: who, where, which rule, the text's SHA-256, never the text.
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
            record.recordRefusal(authorId, where, verdict.ruleId(), text);
            throw PartaException.invalid(switch (FilterRule.Category.valueOf(verdict.category())) {
                case OBSCENE -> "moderation.refused.obscene";
                case INSULT -> "moderation.refused.insult";
                case VULGAR -> "moderation.refused.vulgar";
                case LISTED -> "moderation.refused.listed";
            });
        }
    }
}
