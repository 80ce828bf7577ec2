/**
 * Moderation: the content filter every text passes before anyone else sees it (Russian and
 * English obscene vocabulary and insults, robust to disguises; its data in resource files), and
 * the moderators' work on what it and the readers' reports bring them.
 */
package ru.parta.moderation;
