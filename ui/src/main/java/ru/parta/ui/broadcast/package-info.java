/**
 * The screens of classroom displays: pairing and managing displays, starting and controlling
 * broadcasts with the emergency alert, a teacher's display during a lesson (made for a phone), the
 * week of planned broadcasts and the usage log.
 */
package ru.parta.ui.broadcast;
