package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/** Tells a view whether its window is phone-sized, now and after every resize, so grids can fold. */
public final class ScreenWidth {

    /** The same breakpoint as the stylesheet's phone rules. */
    public static final int PHONE_MAX = 640;

    private ScreenWidth() {
    }

    public static void whenPhone(Component component, SerializableConsumer<Boolean> phone) {
        component.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            int width = page.getExtendedClientDetails().getWindowInnerWidth();
            phone.accept(width > 0 && width <= PHONE_MAX);
            Registration resize = page.addBrowserWindowResizeListener(e -> phone.accept(e.getWidth() <= PHONE_MAX));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
