/** The administrator's side of the SSH console: the keys that sign in as them. */
package ru.parta.ui.console;
