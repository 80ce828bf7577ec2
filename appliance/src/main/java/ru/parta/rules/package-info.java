/**
 * The school's rules for the platform: numbered editions of its documents (the regulation, the
 * user agreement, the polite-language rule) published by administrators; everyone accepts the
 * current edition at their next sign-in or navigation before anything else, and the acceptance
 * list is filed like an acknowledgement sheet.
 */
package ru.parta.rules;
