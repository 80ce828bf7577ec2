package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;

/** What became of a message: delivered now, or held until quiet hours end. */
public record PostOutcome(@Nullable ChatMessage delivered, @Nullable HeldItem held) {

    public boolean isHeld() {
        return held != null;
    }
}
