package ru.parta.ui.testviews;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** A test-only route that forgot to declare who may enter: the guard must refuse everyone. */
@Prototype
@Route("test/undeclared")
public class UndeclaredTestView extends Div {
}
