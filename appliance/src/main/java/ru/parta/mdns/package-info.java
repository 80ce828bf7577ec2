/**
 * The local name: Parta announces itself on the school's LAN by multicast DNS ({@code parta.local}),
 * so phones and computers reach it by name with no DNS server set up.
 */
package ru.parta.mdns;
