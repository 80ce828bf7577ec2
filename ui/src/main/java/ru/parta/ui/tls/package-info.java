/** HTTPS for administrators: the certificate served, the school's root for devices, HSTS. */
package ru.parta.ui.tls;
