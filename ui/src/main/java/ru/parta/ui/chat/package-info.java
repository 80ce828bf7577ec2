/** Chat screens: the chat list, a chat with its history and composer, new chats, chat settings. */
package ru.parta.ui.chat;
