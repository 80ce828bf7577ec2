/**
 * Parta, a school's own closed messenger shipped as one appliance. One package per feature;
 * the web UI mirrors them under {@code ru.parta.ui}.
 */
package ru.parta;
