package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.MaterialService;
import ru.parta.files.StoredFile;

/**
 * Checks what a broadcast or a plan is to show before anything is written: the text passes the
 * school's filter, a file exists and is one the person may use (uploaded for the displays, or a
 * material they may open), a PDF opens and is not too long, a video plays in a browser, a channel
 * is one they post in. A file that would fail on the display is refused here, in words.
 */
@Singleton
class BroadcastContent {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 2000;
    static final int IMAGES_MAX = 100;
    /** What browsers play without plug-ins (Chromium on a classroom PC or a TV box). */
    static final Set<String> PLAYABLE = Set.of("video/mp4", "video/webm", "video/ogg");

    private final FileService files;
    private final MaterialService materials;
    private final ChatService chats;
    private final SlideRenderer slides;
    private final TextGuard textGuard;

    BroadcastContent(FileService files, MaterialService materials, ChatService chats, SlideRenderer slides,
                     TextGuard textGuard) {
        this.files = files;
        this.materials = materials;
        this.chats = chats;
        this.slides = slides;
        this.textGuard = textGuard;
    }

    /** What the broadcast shows, checked for this person; {@code pages} is 1 for what has no pages. */
    Checked check(NewBroadcast request, long accountId) {
        if (request.kind() == null) {
            throw PartaException.invalid("broadcast.kindRequired");
        }
        String body = clean(request.body());
        StoredFile file = request.fileId() == null ? null : usableFile(request.fileId(), accountId);
        int pages = 1;
        List<Long> images = List.of();
        Long conversation = null;
        String fallbackTitle;
        switch (request.kind()) {
            case ANNOUNCEMENT -> {
                if (body == null) {
                    throw PartaException.invalid("broadcast.textRequired");
                }
                if (body.length() > BODY_MAX) {
                    throw PartaException.invalid("broadcast.textTooLong", BODY_MAX);
                }
                textGuard.requireAcceptable(body, "broadcast", accountId);
                if (file != null && !file.isImage()) {
                    throw PartaException.invalid("broadcast.imageExpected", file.name());
                }
                fallbackTitle = firstLine(body);
            }
            case SLIDES -> {
                if (file == null) {
                    throw PartaException.invalid("broadcast.fileRequired");
                }
                if (!file.isPdf()) {
                    throw PartaException.invalid("broadcast.pdfExpected", file.name());
                }
                pages = slides.countPages(file);
                fallbackTitle = file.name();
            }
            case IMAGES -> {
                images = request.imageIds().isEmpty() && file != null ? List.of(file.id()) : request.imageIds();
                if (images.isEmpty()) {
                    throw PartaException.invalid("broadcast.fileRequired");
                }
                if (images.size() > IMAGES_MAX) {
                    throw PartaException.invalid("broadcast.tooManyImages", IMAGES_MAX);
                }
                StoredFile first = null;
                for (long imageId : images) {
                    StoredFile image = usableFile(imageId, accountId);
                    if (!image.isImage()) {
                        throw PartaException.invalid("broadcast.imageExpected", image.name());
                    }
                    first = first == null ? image : first;
                }
                pages = images.size();
                file = null;
                fallbackTitle = first.name();
            }
            case VIDEO -> {
                if (file == null) {
                    throw PartaException.invalid("broadcast.fileRequired");
                }
                String type = file.mediaType().split(";")[0].strip().toLowerCase(Locale.ROOT);
                if (!PLAYABLE.contains(type)) {
                    throw PartaException.invalid("broadcast.videoUnsupported", file.name());
                }
                fallbackTitle = file.name();
            }
            case CHANNEL -> {
                conversation = request.conversationId();
                if (conversation == null || !isOwnChannel(conversation, accountId)) {
                    throw PartaException.invalid("broadcast.channelRequired");
                }
                file = null;
                fallbackTitle = chats.findChat(conversation, accountId).name();
            }
            default -> throw PartaException.invalid("broadcast.kindRequired");
        }
        String title = clean(request.title());
        if (title == null) {
            title = fallbackTitle.length() > TITLE_MAX ? fallbackTitle.substring(0, TITLE_MAX) : fallbackTitle;
        } else if (title.length() > TITLE_MAX) {
            throw PartaException.invalid("broadcast.titleTooLong", TITLE_MAX);
        } else {
            textGuard.requireAcceptable(title, "broadcast", accountId);
        }
        return new Checked(request.kind(), title, request.kind() == BroadcastKind.ANNOUNCEMENT ? body : null,
                file == null ? null : file.id(), images, conversation, pages, file);
    }

    /** The channels this person posts in: what they may put on the displays as a feed. */
    List<ru.parta.chat.ChatSummary> findOwnChannels(long accountId) {
        return chats.findChats(accountId).stream()
                .filter(chat -> chat.kind() == ConversationKind.CHANNEL && chat.mayPost()).toList();
    }

    private boolean isOwnChannel(long conversationId, long accountId) {
        return findOwnChannels(accountId).stream().anyMatch(chat -> chat.conversationId() == conversationId);
    }

    /** Uploaded for the displays (any staff member), or a material this person may open. */
    private StoredFile usableFile(long fileId, long accountId) {
        StoredFile file = files.findFile(fileId).filter(f -> f.deletedAt() == null).orElse(null);
        boolean usable = file != null && (file.placeKind() == FilePlace.BROADCAST
                || file.placeKind() == FilePlace.MATERIALS && materials.mayOpen(file, accountId, false));
        if (!usable) {
            throw PartaException.notFound("broadcast.fileNotFound");
        }
        return file;
    }

    @Nullable
    private static String clean(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String firstLine(String body) {
        String line = body.lines().findFirst().orElse(body).strip();
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    /** The checked content; {@code file} is the main file (slides, video, an announcement's picture). */
    record Checked(BroadcastKind kind, String title, @Nullable String body, @Nullable Long fileId, List<Long> imageIds,
                   @Nullable Long conversationId, int pages, @Nullable StoredFile file) {
    }
}
