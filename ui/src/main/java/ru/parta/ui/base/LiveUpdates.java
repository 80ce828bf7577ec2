package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/**
 * Keeps a screen current: while the component is attached, events of one type reach it (inside
 * {@link UI#access}, then the tab is told to fetch the change: {@link TabSync}); the subscription
 * ends when the component leaves the page.
 *
 * <p>Built for a thousand open screens (docs/performance.md): an event is first checked against
 * {@code concerns} on the publishing thread, without the UI's lock, so a screen that does not
 * show it costs nothing; what concerns a screen goes into that UI's mailbox, and a small pool
 * (one thread per core) empties mailboxes under the UI's lock, several events in one fetch. The
 * publisher (someone's "send") does not wait for a thousand screens, and one UI's updates keep
 * their order. A publisher already holding the UI's lock (a person's own action) updates at once.
 */
public final class LiveUpdates {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiveUpdates.class);
    private static final ExecutorService DELIVERY = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("parta-live-", 0).daemon(true).factory());

    private LiveUpdates() {
    }

    public static <T> void follow(Component component, EventBus events, Class<T> type,
                                  SerializableConsumer<T> update) {
        follow(component, events, type, event -> true, update);
    }

    /**
     * Like {@link #follow(Component, EventBus, Class, SerializableConsumer)}, for events only some
     * of which concern the screen. {@code concerns} runs on the publisher's thread outside the UI
     * lock: it may read only fields safe to read from there (final or volatile).
     */
    public static <T> void follow(Component component, EventBus events, Class<T> type,
                                  SerializablePredicate<T> concerns, SerializableConsumer<T> update) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Mailbox mailbox = Mailbox.of(ui);
            EventBus.Subscription subscription = events.subscribe(type, event -> {
                if (concerns.test(event)) {
                    mailbox.post(() -> update.accept(event));
                }
            });
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Like {@link #follow(Component, EventBus, Class, SerializableConsumer)}, for events about one
     * topic (a chat, a person): the bus hands the screen only those, so an open chat costs nothing
     * when another chat gets a message.
     */
    public static <T extends Topical> void follow(Component component, EventBus events, Class<T> type, Topic topic,
                                                  SerializableConsumer<T> update) {
        component.addAttachListener(attach -> {
            Mailbox mailbox = Mailbox.of(attach.getUI());
            EventBus.Subscription subscription = events.subscribe(type, topic,
                    event -> mailbox.post(() -> update.accept(event)));
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Runs a change on a screen from a background thread and tells the tab to fetch it. False when
     * the screen is gone: closed meanwhile, or the server stopping (a refused execution then is no
     * error worth a stack trace).
     */
    public static boolean access(UI ui, com.vaadin.flow.server.Command change) {
        try {
            ui.access(() -> {
                change.execute();
                // No push: the tab comes for the change when told (TabSync).
                TabSync.nudge(ui);
            });
            return true;
        } catch (UIDetachedException closed) {
            return false;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.util.concurrent.RejectedExecutionException) {
                    LOG.debug("A screen was not updated: the server is stopping");
                    return false;
                }
            }
            throw e;
        }
    }

    /** One UI's pending updates, applied in the order they came. */
    private static final class Mailbox {
        private final UI ui;
        private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        private Mailbox(UI ui) {
            this.ui = ui;
        }

        static Mailbox of(UI ui) {
            Mailbox mailbox = ComponentUtil.getData(ui, Mailbox.class);
            if (mailbox == null) {
                mailbox = new Mailbox(ui);
                ComponentUtil.setData(ui, Mailbox.class, mailbox);
            }
            return mailbox;
        }

        void post(Runnable update) {
            pending.add(update);
            if (ui.getSession() != null && ui.getSession().hasLock()) {
                drain();
                if (UI.getCurrent() != ui) {
                    // The lock is the session's: another tab of the same browser acted; this one is told.
                    TabSync.nudge(ui);
                }
            } else if (scheduled.compareAndSet(false, true)) {
                DELIVERY.execute(() -> {
                    if (!access(ui, () -> {
                        scheduled.set(false);
                        drain();
                    })) {
                        pending.clear();
                    }
                });
            }
        }

        private void drain() {
            for (Runnable update = pending.poll(); update != null; update = pending.poll()) {
                try {
                    update.run();
                } catch (RuntimeException e) {
                    // One failed update must not strand the ones queued behind it.
                    LOG.warn("A live update of a screen failed", e);
                }
            }
        }
    }
}
