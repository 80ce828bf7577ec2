/** The screens of channels: the channel list, a channel's settings, an announcement's acknowledgement sheet. */
package ru.parta.ui.channel;
