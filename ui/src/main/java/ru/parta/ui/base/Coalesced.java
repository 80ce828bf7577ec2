package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.parta.base.event.EventBus;

/**
 * A screen refreshed at most once per short while however many events of a kind arrive: sixty
 * displays confirming a slide change within a few milliseconds cost one refresh, taken a moment
 * later, not sixty, and not under the lock a person's next click is waiting for.
 */
public final class Coalesced {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parta-coalesced").daemon(true).factory());

    private Coalesced() {
    }

    public static <T> void follow(Component component, EventBus events, Class<T> type, Duration wait,
                                  Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean pending = new AtomicBoolean();
            EventBus.Subscription subscription = events.subscribe(type, event -> {
                if (pending.compareAndSet(false, true)) {
                    TIMER.schedule(() -> {
                        pending.set(false);
                        LiveUpdates.access(ui, refresh::run);
                    }, wait.toMillis(), TimeUnit.MILLISECONDS);
                }
            });
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
