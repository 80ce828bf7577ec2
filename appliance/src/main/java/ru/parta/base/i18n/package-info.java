/** Message bundles: Russian by default, English on request. */
package ru.parta.base.i18n;
