package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * The school's own filter list, kept by administrators: names of banned organisations, unwanted
 * sites, words the school does not want, each with the filter's action and the reason moderators
 * see. A change applies to the next message posted (the filter reloads the list after it commits).
 */
@Singleton
public class FilterListService {

    static final int ENTRY_MAX = 200;
    static final int NOTE_MAX = 200;
    static final int ENTRIES_MAX = 2_000;
    /** An ordinary message no pattern should catch: one that does would catch nearly everything. */
    private static final String ORDINARY = "Завтра контрольная по математике, не забудьте тетради и линейку. Hello!";

    private final ListEntryRepository entries;
    private final CategoryActionRepository categoryActions;
    private final FilterGuard guard;
    private final ModerationLog log;
    private final AuditLog auditLog;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    FilterListService(ListEntryRepository entries, CategoryActionRepository categoryActions, FilterGuard guard,
                      ModerationLog log, AuditLog auditLog, Permissions permissions, EventBus events, Clock clock) {
        this.entries = entries;
        this.categoryActions = categoryActions;
        this.guard = guard;
        this.log = log;
        this.auditLog = auditLog;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    public List<ListEntry> findListEntries(Actor actor) {
        permissions.requireAdmin(actor);
        return entries.findAllOrderByIdAsc();
    }

    @Transactional
    public ListEntry addListEntry(String entry, ListKind kind, FilterAction action, ModerationReason reason,
                                 @Nullable String note, Actor actor) {
        permissions.requireAdmin(actor);
        String cleaned = entry == null ? "" : entry.strip().replaceAll("\\s+", " ");
        if (cleaned.length() < 2 || cleaned.length() > ENTRY_MAX) {
            throw PartaException.invalid("moderation.list.entryLength", ENTRY_MAX);
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > NOTE_MAX) {
            throw PartaException.invalid("moderation.list.noteTooLong", NOTE_MAX);
        }
        if (kind == ListKind.PATTERN) {
            requireWorkablePattern(cleaned);
        } else {
            requireWords(cleaned);
        }
        if (entries.count() >= ENTRIES_MAX) {
            throw PartaException.limit("moderation.list.full", ENTRIES_MAX);
        }
        if (entries.existsByKindAndEntry(kind, cleaned)) {
            throw PartaException.conflict("moderation.list.duplicate");
        }
        ListEntry saved;
        try {
            saved = entries.save(new ListEntry(null, cleaned, kind, action, reason, remark, actor.accountId(),
                    clock.instant()));
        } catch (DataAccessException twice) {
            throw PartaException.conflict("moderation.list.duplicate");
        }
        log.append(actor.accountId(), "list.added", "LIST", saved.id(), null, action.name(), kind + " " + cleaned);
        auditLog.recordEvent("moderation.list.added", actor.accountId(), saved.ruleId(), null);
        events.publish(new FilterListChanged(actor.accountId()));
        return saved;
    }

    @Transactional
    public void removeListEntry(long entryId, Actor actor) {
        permissions.requireAdmin(actor);
        ListEntry entry = entries.findById(entryId).orElseThrow(() -> PartaException.notFound("moderation.list.gone"));
        entries.delete(entry);
        log.append(actor.accountId(), "list.removed", "LIST", entryId, null, entry.action().name(),
                entry.kind() + " " + entry.entry());
        auditLog.recordEvent("moderation.list.removed", actor.accountId(), entry.ruleId(), null);
        events.publish(new FilterListChanged(actor.accountId()));
    }

    /** What the filter does now with each category of Parta's vocabulary (obscene, insults, rude words). */
    public Map<FilterCategory, FilterAction> findCategoryActions(Actor actor) {
        permissions.requireAdmin(actor);
        return guard.filter().actionsByCategory();
    }

    /**
     * An administrator chooses what the filter does with a category of the vocabulary: insults held
     * for review rather than refused, say. Obscene language never goes out: refused or held only.
     */
    @Transactional
    public void setCategoryAction(FilterCategory category, FilterAction action, Actor actor) {
        permissions.requireAdmin(actor);
        if (category == FilterCategory.LISTED) {
            throw PartaException.invalid("moderation.category.listedByEntry");
        }
        if (category == FilterCategory.OBSCENE && action == FilterAction.FLAG) {
            throw PartaException.invalid("moderation.category.obsceneOut");
        }
        categoryActions.findById(category).ifPresentOrElse(
                known -> categoryActions.update(new CategoryAction(category, action, actor.accountId(), clock.instant())),
                () -> categoryActions.save(new CategoryAction(category, action, actor.accountId(), clock.instant())));
        log.append(actor.accountId(), "category.action", "CATEGORY", 0, null, action.name(), category.name());
        auditLog.recordEvent("moderation.category.action", actor.accountId(), category + " " + action, null);
        events.publish(new FilterListChanged(actor.accountId()));
    }

    /** What the filter, with the school's list as it stands, makes of a text (administrators try their entries). */
    public FilterVerdict checkText(String text, Actor actor) {
        permissions.requireAdmin(actor);
        return guard.filter().check(text);
    }

    private static void requireWords(String entry) {
        for (String word : entry.split(" ")) {
            String letters = word.replaceAll("\\*+$", "");
            if (letters.contains("*") || letters.codePoints().filter(Character::isLetterOrDigit).count() < 2
                    || letters.codePoints().noneMatch(Character::isLetter)) {
                throw PartaException.invalid("moderation.list.badWord", word);
            }
        }
    }

    private static void requireWorkablePattern(String regex) {
        Pattern pattern;
        try {
            pattern = ListedRules.compile(regex);
        } catch (PatternSyntaxException wrong) {
            throw PartaException.invalid("moderation.list.badPattern", Math.max(wrong.getIndex(), 0) + 1);
        }
        if (ListedRules.finds(pattern, "") || ListedRules.finds(pattern, ORDINARY)) {
            throw PartaException.invalid("moderation.list.tooBroad");
        }
        // A pattern that backtracks without end on a long, repetitive text would never match in time.
        if (ListedRules.runsAway(pattern, "a".repeat(5_000) + "!" + " aa".repeat(2_000))) {
            throw PartaException.invalid("moderation.list.tooSlow");
        }
    }
}
