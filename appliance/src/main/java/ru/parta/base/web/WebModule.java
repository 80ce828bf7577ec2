package ru.parta.base.web;

import io.micronaut.core.order.Ordered;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;

/**
 * A part of the application that serves HTTP: it adds its servlets, filters and listeners to the
 * one servlet context before Jetty starts. The core adds {@code /api/*}; the UI adds Vaadin.
 */
public interface WebModule extends Ordered {

    void configure(ServletContextHandler context) throws Exception;

    /** Called before the web server stops, while everything it serves still runs: a chance to close connections politely. */
    default void stopping() {
    }
}
