/** Screens for the school's structure: its profile and academic year, classes and groups. */
package ru.parta.ui.school;
