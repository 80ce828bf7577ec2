package ru.parta.ui.support;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLayout;
import io.micronaut.context.BeanContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import ru.parta.ui.bridge.VaadinRoutes;

/**
 * Browserless view tests on the real bridge: routes come from Micronaut's bean definitions (as in
 * production) and views are created by the Micronaut instantiator, so services are the real ones
 * over an in-memory database. Subclasses carry {@code @MicronautTest}.
 */
public abstract class MicronautBrowserlessTest extends BrowserlessTest {

    @Inject
    protected BeanContext beanContext;

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        TestInstantiatorFactory.use(beanContext);
        super.initVaadinEnvironment();
    }

    @Override
    protected synchronized Routes discoverRoutes() {
        VaadinRoutes routes = beanContext.getBean(VaadinRoutes.class);
        Set<Class<? extends Component>> targets = routes.routeTargets().stream()
                .map(type -> type.asSubclass(Component.class)).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        Set<Class<? extends HasErrorParameter<?>>> errors = routes.errorTargets().stream()
                .map(type -> (Class<? extends HasErrorParameter<?>>) type).collect(Collectors.toSet());
        Set<Class<? extends RouterLayout>> layouts = Set.of();
        return new Routes(targets, errors, layouts, true);
    }

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(TestInstantiatorFactory.class);
    }

    /** Navigates as a person typing the address would; the guard may send them elsewhere. */
    protected Object open(String path) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
        return getCurrentView();
    }

    /**
     * Clicks as the server would handle a browser's click: an exception from the listener goes to
     * the session's error handler (browserless testers rethrow it instead).
     */
    protected void click(com.vaadin.flow.component.button.Button button) {
        try {
            test(button).click();
        } catch (RuntimeException e) {
            com.vaadin.flow.server.VaadinSession.getCurrent().getErrorHandler()
                    .error(new com.vaadin.flow.server.ErrorEvent(e));
        }
    }

    /** Signs in through the real sign-in page, as a person would. */
    protected void signInAs(String login, String password) {
        // Whoever was signed in before leaves first, as if they had signed out.
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(ru.parta.access.AccountSummary.class, null);
        open(ru.parta.ui.Routes.LOGIN);
        test($(com.vaadin.flow.component.textfield.TextField.class).id("login")).setValue(login);
        test($(com.vaadin.flow.component.textfield.PasswordField.class).id("password")).setValue(password);
        click($(com.vaadin.flow.component.button.Button.class).id("sign-in"));
    }

    /** Every row a lazily loaded grid would show, fetched as the grid would. */
    protected static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return grid.getLazyDataView().getItems().toList();
    }

    /** The texts of the notifications open now. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().filter(Notification::isOpened)
                .map(n -> test(n).getText()).toList();
    }
}
