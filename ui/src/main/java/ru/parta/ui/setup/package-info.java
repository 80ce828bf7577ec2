/** The first-run wizard. */
package ru.parta.ui.setup;
