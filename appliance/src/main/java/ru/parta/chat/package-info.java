/**
 * Chats: class and parent chats kept in sync with the roster, teachers' chats, group chats and
 * direct messages; messages with replies, edits, reactions, mentions and attachments; read
 * pointers; quiet hours (messages held until morning) and urgent messages.
 */
package ru.parta.chat;
