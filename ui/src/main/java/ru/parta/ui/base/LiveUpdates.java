package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import ru.parta.base.event.EventBus;

/**
 * Keeps a screen current: while the component is attached, events of one type reach it through
 * push (inside {@link UI#access}); the subscription ends when the component leaves the page.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static <T> void follow(Component component, EventBus events, Class<T> type,
                                  SerializableConsumer<T> update) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            EventBus.Subscription subscription = events.subscribe(type, event -> ui.access(() -> update.accept(event)));
            component.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }
}
