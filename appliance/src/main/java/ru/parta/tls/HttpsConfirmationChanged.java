package ru.parta.tls;

/** HTTPS was confirmed working (HSTS on) or the confirmation withdrawn (published after commit). */
public record HttpsConfirmationChanged(boolean confirmed) {
}
