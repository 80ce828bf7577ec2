package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import ru.parta.chat.ReadPointers;
import ru.parta.ui.base.LiveUpdates;

/**
 * "Read by" under the viewer's own latest messages, read again at most once a second however
 * many readers move: in a class chat of thirty, a lesson's end moves thirty pointers at once.
 */
class ReadByCounts {

    /** Only the latest own messages show counts; older ones keep what they showed. */
    private static final int LATEST = 20;

    private final ReadPointers pointers;
    private final long conversationId;
    private final long viewerId;
    private final IntSupplier memberCount;
    private final Supplier<Collection<MessageBubble>> bubbles;
    private long checkedAt;
    private boolean pending;

    ReadByCounts(ReadPointers pointers, long conversationId, long viewerId, IntSupplier memberCount,
                 Supplier<Collection<MessageBubble>> bubbles) {
        this.pointers = pointers;
        this.conversationId = conversationId;
        this.viewerId = viewerId;
        this.memberCount = memberCount;
        this.bubbles = bubbles;
    }

    void refresh() {
        long now = System.currentTimeMillis();
        if (now - checkedAt >= 1000) {
            refreshNow();
            return;
        }
        if (!pending) {
            pending = true;
            UI ui = UI.getCurrent();
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(() -> LiveUpdates.access(ui, () -> {
                pending = false;
                refreshNow();
            }));
        }
    }

    void refreshNow() {
        checkedAt = System.currentTimeMillis();
        List<MessageBubble> own = bubbles.get().stream().filter(MessageBubble::isOwn)
                .filter(b -> !b.message().deleted()).toList();
        List<MessageBubble> latest = own.subList(Math.max(0, own.size() - LATEST), own.size());
        if (latest.isEmpty()) {
            return;
        }
        Map<Long, Integer> readers = pointers.countReaders(conversationId,
                latest.stream().map(b -> b.message().id()).toList(), viewerId);
        int others = Math.max(0, memberCount.getAsInt() - 1);
        latest.forEach(b -> b.showReadBy(readers.getOrDefault(b.message().id(), 0), others));
    }
}
