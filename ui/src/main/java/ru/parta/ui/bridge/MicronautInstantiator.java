package ru.parta.ui.bridge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import java.util.stream.Stream;

/**
 * Views and components that are Micronaut beans come from Micronaut, with their constructor
 * dependencies; anything else Vaadin creates itself as usual.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final transient BeanContext beanContext;

    public MicronautInstantiator(VaadinService service, BeanContext beanContext) {
        super(service);
        this.beanContext = beanContext;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return beanContext.containsBean(type) ? beanContext.getBean(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return beanContext.containsBean(componentClass)
                ? beanContext.getBean(componentClass) : super.createComponent(componentClass);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                beanContext.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return beanContext.getBean(I18NProvider.class);
    }
}
