/** Screens for backups: the state of the school's backups, making, checking and restoring one. */
package ru.parta.ui.backup;
