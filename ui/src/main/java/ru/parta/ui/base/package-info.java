/** Shared UI pieces: the app shell, language choice, error display and error pages. */
package ru.parta.ui.base;
