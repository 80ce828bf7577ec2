package ru.parta.ui.testviews;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.atomic.AtomicInteger;
import ru.parta.access.Role;
import ru.parta.ui.access.AllowedRoles;

/** A test-only route for teachers; counts how often it was built, to prove the guard runs first. */
@Prototype
@Route("test/teachers")
@AllowedRoles(Role.TEACHER)
public class TeachersOnlyTestView extends Div {

    public static final AtomicInteger BUILT = new AtomicInteger();

    public TeachersOnlyTestView() {
        BUILT.incrementAndGet();
    }
}
