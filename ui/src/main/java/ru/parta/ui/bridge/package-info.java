/**
 * The Micronaut-Vaadin bridge: Vaadin's servlet in the embedded Jetty context, views created by
 * Micronaut, routes registered from Micronaut's compile-time bean definitions (no scanning).
 */
package ru.parta.ui.bridge;
