/** Screens for the school's people: the directory, a person's card, the roster import and activation. */
package ru.parta.ui.people;
