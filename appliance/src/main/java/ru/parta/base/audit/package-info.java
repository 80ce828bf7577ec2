/** The append-only audit trail of changes that matter (sign-ins, setup, later moderation). */
package ru.parta.base.audit;
