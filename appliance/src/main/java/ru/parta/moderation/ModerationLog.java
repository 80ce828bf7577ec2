package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only, hash-chained moderation log. Each line's hash covers its fields and the hash of
 * the line before; the head row holds the latest line's id and hash. Appending locks the head row,
 * so concurrent appends queue rather than fork the chain; verifying recomputes every hash and
 * compares the end with the head, so an edited line, a deleted one, or a cut-off tail shows.
 */
@Singleton
class ModerationLog {

    private final ModerationLogRepository lines;
    private final Clock clock;

    ModerationLog(ModerationLogRepository lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    /** Appends a line, inside the caller's transaction. */
    ModerationRecord append(@Nullable Long actorId, String action, String targetKind, long targetId,
                            @Nullable Long conversationId, @Nullable String reason, String content) {
        lines.lockHead();
        String previous = lines.findHeadHash();
        // To the microsecond, as the database keeps it: the hash must come out the same when read back.
        Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String contentHash = sha256(content == null ? "" : content);
        ModerationRecord unhashed = lines.save(new ModerationRecord(null, at, actorId, action, targetKind, targetId,
                conversationId, reason, contentHash, previous, ""));
        String hash = hashOf(unhashed);
        ModerationRecord saved = new ModerationRecord(unhashed.id(), at, actorId, action, targetKind, targetId,
                conversationId, reason, contentHash, previous, hash);
        lines.update(saved);
        lines.moveHead(saved.id(), hash);
        return saved;
    }

    /** The first line whose hash or link is wrong, or -1 when the whole chain holds; 0 when the tail was cut. */
    long findBreak() {
        List<ModerationRecord> all = lines.findAllOrderByIdAsc();
        String previous = "0".repeat(64);
        for (ModerationRecord line : all) {
            if (!line.previousHash().equals(previous) || !line.hash().equals(hashOf(line))) {
                return line.id();
            }
            previous = line.hash();
        }
        long lastId = all.isEmpty() ? 0 : all.getLast().id();
        return previous.equals(lines.findHeadHash()) && lastId == lines.findHeadId() ? -1 : 0;
    }

    static String hashOf(ModerationRecord line) {
        return sha256(String.join("|", String.valueOf(line.id()), line.occurredAt().toString(),
                String.valueOf(line.actorId()), line.action(), line.targetKind(), String.valueOf(line.targetId()),
                String.valueOf(line.conversationId()), String.valueOf(line.reason()), line.contentHash(),
                line.previousHash()));
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
