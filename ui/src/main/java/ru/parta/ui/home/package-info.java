/** The signed-in frame (header, drawer) and the home page that later features fill. */
package ru.parta.ui.home;
