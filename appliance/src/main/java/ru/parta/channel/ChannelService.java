package ru.parta.channel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationService;
import ru.parta.chat.ManagedMembersChanged;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;

/**
 * Creating and changing channels. Administrators, the director and teachers create them; a teacher
 * addresses only the classes they teach or lead and the groups they are in, the school as a whole
 * only administrators and the director. A channel is changed by its creator, an administrator or
 * the director; the two system channels keep their name and audience.
 */
@Singleton
public class ChannelService {

    static final int NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 500;
    static final int AUTHORS_MAX = 20;
    static final int PARTS_MAX = 60;

    private final ChannelRepository channels;
    private final AudienceLineRepository lines;
    private final ChannelAudiences audiences;
    private final ConversationService conversations;
    private final ChatService chats;
    private final ClassService classes;
    private final GroupService groups;
    private final AccountService accounts;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final TextGuard textGuard;

    ChannelService(ChannelRepository channels, AudienceLineRepository lines, ChannelAudiences audiences,
                   ConversationService conversations, ChatService chats, ClassService classes, GroupService groups,
                   AccountService accounts, Permissions permissions, AuditLog auditLog, EventBus events,
                   Clock clock, TextGuard textGuard) {
        this.textGuard = textGuard;
        this.channels = channels;
        this.lines = lines;
        this.audiences = audiences;
        this.conversations = conversations;
        this.chats = chats;
        this.classes = classes;
        this.groups = groups;
        this.accounts = accounts;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ChannelInfo createChannel(ChannelSettings settings, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        AccountSummary creator = active(actor.accountId());
        String name = name(settings.name());
        String description = description(settings.description());
        textGuard.requireAcceptable(name + "\n" + description, "channel", creator.id());
        checkAudience(settings.audience(), creator);
        Set<Long> authors = authors(settings.authorIds());
        authors.add(creator.id());
        checkReachesSomeone(settings.audience(), authors);
        long conversationId = conversations.createChannelChat(name, null, creator.id());
        Channel channel = channels.save(new Channel(null, conversationId, name, description, null,
                settings.commentsEnabled(), creator.id(), clock.instant()));
        saveAudience(channel.id(), settings.audience());
        authors.forEach(author -> channels.addAuthor(channel.id(), author));
        auditLog.recordEvent("channel.created", creator.id(), channel.id() + " " + name, null);
        events.publish(new ManagedMembersChanged());
        return info(channel, creator.id());
    }

    @Transactional
    public ChannelInfo changeChannel(long channelId, ChannelSettings settings, Actor actor) {
        permissions.requirePerson(actor);
        AccountSummary manager = active(actor.accountId());
        Channel channel = channels.findById(channelId).orElseThrow(() -> PartaException.notFound("channel.notFound"));
        if (!mayManage(channel, manager)) {
            throw PartaException.forbidden("channel.manage.forbidden");
        }
        String description = description(settings.description());
        textGuard.requireAcceptable(settings.name() + "\n" + description, "channel", manager.id());
        Set<Long> authors = authors(settings.authorIds());
        Channel changed;
        if (channel.isSystem()) {
            changed = channel.changed(channel.name(), description, settings.commentsEnabled());
        } else {
            String name = name(settings.name());
            checkAudience(settings.audience(), manager);
            if (channel.createdBy() != null) {
                authors.add(channel.createdBy());
            }
            checkReachesSomeone(settings.audience(), authors);
            changed = channel.changed(name, description, settings.commentsEnabled());
            lines.clearAudience(channelId);
            saveAudience(channelId, settings.audience());
            if (!name.equals(channel.name())) {
                conversations.renameChannelChat(channel.conversationId(), name);
            }
        }
        channels.update(changed);
        channels.clearAuthors(channelId);
        authors.forEach(author -> channels.addAuthor(channelId, author));
        auditLog.recordEvent("channel.changed", manager.id(), channelId + " " + changed.name(), null);
        events.publish(new ManagedMembersChanged());
        return info(changed, manager.id());
    }

    /** The channel a chat is, for a member of it; empty when the chat is no channel. */
    public Optional<ChannelInfo> findChannelOfChat(long conversationId, long viewerId) {
        chats.findChat(conversationId, viewerId);
        return channels.findByConversationId(conversationId).map(c -> info(c, viewerId));
    }

    /** The school channel's chat (staff, students and parents), where a school-wide urgent notice goes. */
    public long findSchoolChannelChat() {
        return channels.findBySystemKey(SystemChannels.SCHOOL).map(Channel::conversationId)
                .orElseThrow(() -> PartaException.notFound("channel.notFound"));
    }

    /** A channel's settings, for whoever may change them. */
    public ChannelInfo findChannel(long channelId, long viewerId) {
        Channel channel = channels.findById(channelId).orElseThrow(() -> PartaException.notFound("channel.notFound"));
        AccountSummary viewer = accounts.findAccount(viewerId).orElseThrow(() -> PartaException.notFound("channel.notFound"));
        if (!mayManage(channel, viewer)) {
            throw PartaException.notFound("channel.notFound");
        }
        return info(channel, viewerId);
    }

    /** Whether someone may create channels at all (the page offers "new channel" to them). */
    public boolean mayCreateChannels(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(Role.STAFF)).orElse(false);
    }

    /** How many people an audience reaches now, for the settings dialog. */
    public int countAudience(List<AudiencePart> parts, long viewerId) {
        if (!mayCreateChannels(viewerId)) {
            return 0;
        }
        return audiences.resolve(parts).size();
    }

    boolean mayManage(Channel channel, AccountSummary person) {
        return person.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR))
                || !channel.isSystem() && channel.createdBy() != null && channel.createdBy() == person.id();
    }

    private ChannelInfo info(Channel channel, long viewerId) {
        boolean manage = accounts.findAccount(viewerId).map(a -> mayManage(channel, a)).orElse(false);
        return new ChannelInfo(channel.id(), channel.conversationId(), channel.name(), channel.description(),
                channel.systemKey(), channel.commentsEnabled(),
                lines.findByChannelIdOrderByIdAsc(channel.id()).stream().map(AudienceLine::part).toList(),
                Set.copyOf(channels.findAuthorIds(channel.id())), manage);
    }

    private void saveAudience(long channelId, List<AudiencePart> parts) {
        for (AudiencePart part : parts) {
            lines.save(new AudienceLine(null, channelId, part.classId(), part.groupId(), part.students(),
                    part.parents(), part.staff()));
        }
    }

    private static String name(String raw) {
        String name = DisplayText.name(raw == null ? "" : raw);
        if (name.isEmpty()) {
            throw PartaException.invalid("channel.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw PartaException.invalid("channel.name.tooLong", NAME_MAX);
        }
        return name;
    }

    private static String description(String raw) {
        String description = raw == null ? "" : raw.strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw PartaException.invalid("channel.description.tooLong", DESCRIPTION_MAX);
        }
        return description;
    }

    /** The parts must name someone, exist, and (for a teacher) be their own classes and groups. */
    private void checkAudience(List<AudiencePart> parts, AccountSummary actor) {
        if (parts.isEmpty() || parts.stream().noneMatch(AudiencePart::namesSomeone)) {
            throw PartaException.invalid("channel.audience.empty");
        }
        if (parts.size() > PARTS_MAX) {
            throw PartaException.limit("channel.audience.tooMany", PARTS_MAX);
        }
        boolean everything = actor.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        for (AudiencePart part : parts) {
            if (part.classId() != null && part.groupId() != null) {
                throw PartaException.invalid("channel.audience.empty");
            }
            if (part.classId() != null) {
                classes.requireCurrentClass(part.classId());
                if (!everything && !classes.isTeacherOf(part.classId(), actor.id())) {
                    throw PartaException.forbidden("channel.audience.notYourClass");
                }
            } else if (part.groupId() != null) {
                groups.findGroup(part.groupId()).orElseThrow(() -> PartaException.notFound("group.notFound"));
                if (!everything && !groups.findGroupIdsOf(actor.id()).contains(part.groupId())) {
                    throw PartaException.forbidden("channel.audience.notYourGroup");
                }
            } else if (!everything && part.namesSomeone()) {
                throw PartaException.forbidden("channel.audience.schoolWide");
            }
        }
    }

    private void checkReachesSomeone(List<AudiencePart> parts, Set<Long> authors) {
        Set<Long> readers = new HashSet<>(audiences.resolve(parts));
        readers.removeAll(authors);
        if (readers.isEmpty()) {
            throw PartaException.invalid("channel.audience.nobody");
        }
    }

    /** Chosen authors: active staff members only. */
    private Set<Long> authors(Set<Long> ids) {
        if (ids.size() > AUTHORS_MAX) {
            throw PartaException.limit("channel.authors.tooMany", AUTHORS_MAX);
        }
        Map<Long, AccountSummary> found = accounts.findPeople(ids);
        for (Long id : ids) {
            AccountSummary person = found.get(id);
            if (person == null || !person.isStaff() || person.status() != AccountStatus.ACTIVE) {
                throw PartaException.invalid("channel.author.notStaff");
            }
        }
        return new HashSet<>(ids);
    }

    private AccountSummary active(long accountId) {
        return accounts.findAccount(accountId).filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }

    /** The people who may be chosen as authors: staff, by name. */
    public List<AccountSummary> findPossibleAuthors(long viewerId) {
        if (!mayCreateChannels(viewerId)) {
            return List.of();
        }
        List<AccountSummary> staff = new ArrayList<>(accounts.findStaff());
        staff.sort(Comparator.comparing(AccountSummary::fullName));
        return staff;
    }
}
