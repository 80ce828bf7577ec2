/**
 * HTTPS on the school's LAN: a certificate authority of the school's own, made on first start,
 * and a server certificate it issues for every name and address Parta is reached by (renewed
 * before it runs out, re-issued when a new address appears), or the administrator's own.
 */
package ru.parta.tls;
