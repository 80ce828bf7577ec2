package ru.parta.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.PartaException;

/**
 * The one place where a failure becomes what a person sees: a {@link PartaException} shows its
 * translated message; anything else is logged and shows a general apology. The session stays
 * usable either way.
 */
@Singleton
public class UiErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrors.class);
    private static final int SHOW_MILLIS = 8000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<PartaException> known = findPartaException(event.getThrowable());
        if (known.isEmpty()) {
            if (clientWentAway(event.getThrowable())) {
                LOG.debug("A browser went away mid-request", event.getThrowable());
                return;
            }
            LOG.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String message = known
                .map(e -> ui.getTranslation(e.messageKey(), e.arguments()))
                .orElseGet(() -> ui.getTranslation("error.unexpected"));
        show(message);
    }

    /** Shows a translated error message; views use it for problems they find themselves. */
    public static void show(String message) {
        Notification notification = new Notification(message, SHOW_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("parta-error");
        notification.open();
    }

    private static boolean clientWentAway(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    static Optional<PartaException> findPartaException(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof PartaException partaException) {
                return Optional.of(partaException);
            }
        }
        return Optional.empty();
    }
}
