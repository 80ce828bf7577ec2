package ru.parta.invitation;

/** A link was created, used or revoked (published after commit). */
public record InvitationChanged() {
}
