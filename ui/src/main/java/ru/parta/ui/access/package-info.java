/** Signing in and out, the signed-in person of a UI, and the route guard that checks roles. */
package ru.parta.ui.access;
