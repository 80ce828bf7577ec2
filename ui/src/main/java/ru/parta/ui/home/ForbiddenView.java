package ru.parta.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;

/** Where the guard sends someone whose roles do not open the page they asked for. */
@Prototype
@Route(value = Routes.FORBIDDEN, layout = MainLayout.class)
@AnyRole
public class ForbiddenView extends VerticalLayout implements HasDynamicTitle {

    public ForbiddenView() {
        H2 title = new H2(getTranslation("forbidden.title"));
        title.setId("forbidden");
        add(title, new Paragraph(getTranslation("forbidden.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forbidden.title");
    }
}
