/** The embedded Jetty server and the appliance's own HTTP endpoints under {@code /api}. */
package ru.parta.base.web;
