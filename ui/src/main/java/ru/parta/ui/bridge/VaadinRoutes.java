package ru.parta.ui.bridge;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Vaadin would find by scanning the classpath, taken instead from the bean definitions
 * Micronaut wrote at compile time: views are {@code @Prototype} beans carrying {@code @Route}.
 */
@Singleton
public class VaadinRoutes {

    private final BeanContext beanContext;

    VaadinRoutes(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    public Set<Class<?>> routeTargets() {
        return beanContext.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<Class<?>> errorTargets() {
        return typesOf(HasErrorParameter.class);
    }

    public Set<Class<?>> appShells() {
        return typesOf(AppShellConfigurator.class);
    }

    private Set<Class<?>> typesOf(Class<?> type) {
        return beanContext.getBeanDefinitions(type).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toUnmodifiableSet());
    }
}
