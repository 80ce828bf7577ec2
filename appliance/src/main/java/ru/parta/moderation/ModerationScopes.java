package ru.parta.moderation;

import jakarta.inject.Singleton;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.chat.ChatService;
import ru.parta.chat.Conversation;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * Who moderates which chat, as the regulations put it: administrators everything; a class teacher
 * their class's class and parent chats; a teacher the class chats of the classes they teach and the
 * chats they created; a channel's authors their channel; in a direct chat, its supervisor (the class
 * teacher added to two classmates' chat), never one of its two people.
 */
@Singleton
class ModerationScopes {

    private final ChatService chats;
    private final ClassService classes;
    private final AccountService accounts;

    ModerationScopes(ChatService chats, ClassService classes, AccountService accounts) {
        this.chats = chats;
        this.classes = classes;
        this.accounts = accounts;
    }

    /** Whether the person moderates any chat at all: administrators and every teacher (their classes, their chats). */
    boolean moderatesSomething(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(Set.of(Role.ADMIN, Role.TEACHER, Role.DIRECTOR)))
                .orElse(false);
    }

    /** Administrators moderate everything, and decide what other moderators pass to them. */
    boolean isAdministrator(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasRole(Role.ADMIN)).orElse(false);
    }

    boolean mayModerate(long conversationId, long accountId) {
        AccountSummary person = accounts.findAccount(accountId).orElse(null);
        if (person == null) {
            return false;
        }
        if (person.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!person.hasAnyRole(Set.of(Role.TEACHER, Role.DIRECTOR))) {
            return false;
        }
        Conversation chat = chats.findConversation(conversationId);
        return switch (chat.kind()) {
            case CLASS -> chat.classId() != null && classes.isTeacherOf(chat.classId(), accountId);
            case PARENTS -> chat.classId() != null && classes.findClass(chat.classId()).map(SchoolClass::classTeacherId)
                    .map(teacher -> teacher == accountId).orElse(false);
            case CUSTOM -> chat.createdBy() != null && chat.createdBy() == accountId;
            case CHANNEL -> chats.mayPostIn(conversationId, accountId);
            // A one-to-one chat: its supervisor (the class teacher in two classmates' chat), never one of
            // the two people in it, who would judge the other side; otherwise a report goes to the administrators.
            case DIRECT -> chat.directKey() != null && !java.util.Arrays.asList(chat.directKey().split(":"))
                    .contains(String.valueOf(accountId)) && chats.findChatIds(accountId).contains(conversationId);
            case GROUP -> false;
        };
    }
}
