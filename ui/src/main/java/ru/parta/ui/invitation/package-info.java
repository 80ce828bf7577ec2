/** Screens for invitation links, joining through them, and deciding join requests. */
package ru.parta.ui.invitation;
