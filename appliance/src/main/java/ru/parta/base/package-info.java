/**
 * The few pieces every feature shares: the application exception and its categories, the
 * clock, the event bus, message bundles, the audit log and the embedded web server.
 */
package ru.parta.base;
