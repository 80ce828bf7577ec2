package ru.parta.ui.bridge;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/** Vaadin's servlet, with a service whose instantiator asks Micronaut first. */
class MicronautVaadinServlet extends VaadinServlet {

    private final transient BeanContext beanContext;

    MicronautVaadinServlet(BeanContext beanContext) {
        this.beanContext = beanContext;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new MicronautInstantiator(this, beanContext);
            }
        };
        service.init();
        return service;
    }
}
