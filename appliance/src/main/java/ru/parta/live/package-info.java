/**
 * Live delivery: one WebSocket per browser tab beside the Vaadin UI, following topics (a chat, the
 * person's own counters, later a channel or a display). A feature publishes a change to a topic
 * once; the hub turns it into one frame and writes the same bytes to every follower, without
 * blocking and with a bounded queue per tab. Frames are numbered per topic so a tab that
 * reconnects gets exactly what it missed. See docs/architecture.md, "Live delivery".
 */
package ru.parta.live;
