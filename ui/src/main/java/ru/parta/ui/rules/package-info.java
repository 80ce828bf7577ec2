/** The school's rules: reading and accepting the current edition, and the administrator's editions and acceptance list. */
package ru.parta.ui.rules;
