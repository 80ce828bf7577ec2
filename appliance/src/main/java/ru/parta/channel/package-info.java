/**
 * Channels: read-only conversations their authors post to, with an audience chosen by classes,
 * groups and roles that follows the roster (the school channel and the staff channel exist from
 * the start); announcements readers confirm ("Ознакомлен(а)") with the sheet of who did, reminders
 * and the call list of families outside Parta. Posts, their delivery and unread counts are the
 * chat's own: a channel is a conversation of kind CHANNEL whose subscribers may not post.
 */
package ru.parta.channel;
