package ru.parta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.PublicPage;
import ru.parta.ui.access.SetupPage;
import ru.parta.ui.bridge.VaadinRoutes;

@MicronautTest(startApplication = false, transactional = false)
class RoutesDeclareAccessTest {

    @Inject
    VaadinRoutes routes;

    @Test
    void everyProductionRouteSaysWhoMayEnterExactlyOnce() {
        List<Class<?>> production = routes.routeTargets().stream()
                .filter(type -> !type.getPackageName().endsWith("testviews")).toList();
        assertTrue(production.size() >= 4, production.toString());
        for (Class<?> route : production) {
            long declared = Stream.of(PublicPage.class, SetupPage.class, AnyRole.class, AllowedRoles.class)
                    .filter(route::isAnnotationPresent).count();
            assertEquals(1, declared, route.getName());
        }
    }
}
