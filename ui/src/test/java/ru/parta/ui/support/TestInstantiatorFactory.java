package ru.parta.ui.support;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.BeanContext;
import ru.parta.ui.bridge.MicronautInstantiator;

/**
 * Hands the mocked Vaadin service the same Micronaut instantiator production uses. Vaadin creates
 * lookup services by reflection, so the bean context reaches it through a static set before the
 * first navigation.
 */
public class TestInstantiatorFactory implements InstantiatorFactory {

    private static volatile BeanContext beanContext;

    static void use(BeanContext context) {
        beanContext = context;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MicronautInstantiator(service, beanContext);
    }
}
