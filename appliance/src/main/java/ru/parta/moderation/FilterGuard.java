package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.event.EventBus;

/**
 * The filter in front of every text the features take, with the school's own list. A refused text's
 * author is asked to rephrase; a held message waits for a moderator (texts that cannot wait, such as
 * names and comments, are refused instead); a flagged message goes out and becomes a queue item. Each
 * decision is a line of the moderation log: who, where, which rule, the text's SHA-256, never the text.
 */
@Singleton
class FilterGuard implements TextGuard {

    private static final ContentFilter STANDARD = ContentFilter.standard();

    private final FilterRecord record;
    private final ListEntryRepository entries;
    private final CategoryActionRepository categoryActions;
    private final FilterHoldRepository holds;
    private final ReportRepository reports;
    private final ModerationLog log;
    private final EventBus events;
    private final Clock clock;
    /** The filter with the school's list; null until first needed and after the list changes. */
    private volatile @Nullable ContentFilter current;
    /** Counts the list's changes, so a load that read the list before a change is not kept after it. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    FilterGuard(FilterRecord record, ListEntryRepository entries, CategoryActionRepository categoryActions,
                FilterHoldRepository holds, ReportRepository reports, ModerationLog log, EventBus events, Clock clock) {
        this.record = record;
        this.categoryActions = categoryActions;
        this.entries = entries;
        this.holds = holds;
        this.reports = reports;
        this.log = log;
        this.events = events;
        this.clock = clock;
        events.subscribe(FilterListChanged.class, changed -> {
            changes.incrementAndGet();
            current = null;
        });
    }

    /** The filter as posting uses it now, the school's list included. */
    ContentFilter filter() {
        ContentFilter filter = current;
        if (filter == null) {
            long seen = changes.get();
            filter = STANDARD.withActions(chosenActions()).withList(entries.findAllOrderByIdAsc());
            if (changes.get() == seen) {
                current = filter;  // else a change came while loading: the next text loads again
            }
        }
        return filter;
    }

    /** The actions administrators chose for the vocabulary's categories (none: the vocabulary's own). */
    Map<FilterCategory, FilterAction> chosenActions() {
        Map<FilterCategory, FilterAction> chosen = new EnumMap<>(FilterCategory.class);
        categoryActions.findAll().forEach(choice -> chosen.put(choice.category(), choice.action()));
        return chosen;
    }

    @Override
    public void requireAcceptable(String text, String where, long authorId) {
        settle(filter().check(text), text, where, authorId);
    }

    @Override
    public void requireAcceptableName(String name, String where, long authorId) {
        settle(filter().checkName(name), name, where, authorId);
    }

    private void settle(FilterVerdict verdict, String text, String where, long authorId) {
        refuseIfRefused(verdict, text, where, authorId);
        if (verdict.held()) {
            record.recordRefusal(authorId, where, verdict.ruleId(), text);
            throw PartaException.invalid("moderation.refused.review");
        }
        if (verdict.flagged()) {
            log.append(authorId, "filter.flagged", where.toUpperCase(java.util.Locale.ROOT), 0, null,
                    verdict.ruleId(), text);
        }
    }

    @Override
    public Screening screenMessage(String text, long authorId) {
        FilterVerdict verdict = filter().check(text);
        refuseIfRefused(verdict, text, "message", authorId);
        if (verdict.passed()) {
            return Screening.passed(authorId, text);
        }
        return new Screening(verdict.ruleId(), label(verdict), verdict.reason(), verdict.held(), authorId, text);
    }

    @Override
    public void recordPosted(Screening screening, long messageId, long conversationId) {
        flag(screening, new QueueKey(messageId, 0), conversationId);
    }

    @Override
    public void recordCommentPosted(Screening screening, long messageId, long commentId, long conversationId) {
        flag(screening, new QueueKey(messageId, commentId), conversationId);
    }

    private void flag(Screening screening, QueueKey key, long conversationId) {
        if (!screening.flagged() || reports.existsByMessageIdAndPostCommentIdAndRuleId(key.messageId(),
                key.commentId(), screening.ruleId())) {
            return;
        }
        reports.save(Report.flagged(key, conversationId, screening.reason(), screening.label(), screening.ruleId(),
                clock.instant()));
        log.append(screening.authorId(), "filter.flagged", key.targetKind(), key.targetId(), conversationId,
                screening.ruleId(), screening.text());
        events.publish(new QueueChanged(conversationId));
    }

    @Override
    public void recordReleased(long messageId, long conversationId, long authorId, String text) {
        FilterVerdict verdict = filter().check(text);
        if (verdict.flagged()) {
            recordPosted(new Screening(verdict.ruleId(), label(verdict), verdict.reason(), false, authorId, text),
                    messageId, conversationId);
        }
    }

    @Override
    public void recordHeld(Screening screening, long heldId, long conversationId) {
        if (!screening.held()) {
            return;
        }
        holds.save(new FilterHold(heldId, screening.ruleId(), screening.label()));
        log.append(screening.authorId(), "filter.held", "HELD", heldId, conversationId, screening.ruleId(),
                screening.text());
    }

    private void refuseIfRefused(FilterVerdict verdict, String text, String where, long authorId) {
        if (verdict.refused()) {
            record.recordRefusal(authorId, where, verdict.ruleId(), text);
            throw PartaException.invalid(switch (FilterCategory.valueOf(verdict.category())) {
                case OBSCENE -> "moderation.refused.obscene";
                case INSULT -> "moderation.refused.insult";
                case VULGAR -> "moderation.refused.vulgar";
                case LISTED -> "moderation.refused.listed";
            });
        }
    }

    /** What a moderator is shown of the rule: the school's entry, or the vocabulary's category. */
    private static String label(FilterVerdict verdict) {
        return FilterCategory.LISTED.name().equals(verdict.category()) ? verdict.word() : verdict.category();
    }
}
