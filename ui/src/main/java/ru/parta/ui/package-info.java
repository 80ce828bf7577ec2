/** The Vaadin web UI: one sub-package per feature, mirroring the core's packages. */
package ru.parta.ui;
