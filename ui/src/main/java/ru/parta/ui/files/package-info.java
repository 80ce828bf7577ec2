/** Screens for files: the learning-materials library with uploads, previews and players. */
package ru.parta.ui.files;
