/**
 * Classroom displays and broadcasts: pairing a projector's browser with a device credential, what
 * each display shows (announcements, slides, pictures, video, a channel's feed, the idle clock),
 * live control by administrators and by teachers from their phones, the emergency alert that
 * takes over every display, planned broadcasts and the usage log the regulations ask for. Displays
 * follow their own topics on the live connection. See docs/architecture.md, "Classroom displays".
 */
package ru.parta.broadcast;
