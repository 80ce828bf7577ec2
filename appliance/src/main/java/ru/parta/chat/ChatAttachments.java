package ru.parta.chat;

import jakarta.inject.Singleton;
import ru.parta.files.FilePlace;
import ru.parta.files.FilePlaceGuard;
import ru.parta.files.StoredFile;

/**
 * Who may fetch a chat's file: its present members once the message carrying it is delivered;
 * before that (being written, or held for quiet hours) only the person who uploaded it.
 */
@Singleton
class ChatAttachments implements FilePlaceGuard {

    private final ConversationMemberRepository members;
    private final MessageRepository messages;

    ChatAttachments(ConversationMemberRepository members, MessageRepository messages) {
        this.members = members;
        this.messages = messages;
    }

    @Override
    public FilePlace place() {
        return FilePlace.CONVERSATION;
    }

    @Override
    public boolean mayOpen(StoredFile file, long accountId, boolean countOpen) {
        boolean member = members.findByConversationIdAndAccountId(file.placeId(), accountId)
                .map(ConversationMember::isPresent).orElse(false);
        if (!member) {
            return false;
        }
        return file.uploadedBy() == accountId || messages.countDelivered(file.id()) > 0;
    }
}
