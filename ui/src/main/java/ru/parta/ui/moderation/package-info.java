/** The screens of moderation: the hash-chained moderation log and its check. */
package ru.parta.ui.moderation;
