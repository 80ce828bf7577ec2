package ru.parta;

import io.micronaut.runtime.Micronaut;

/** Starts the appliance: the Micronaut context, then the embedded web server it owns. */
public final class Parta {

    private Parta() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Parta.class)
                .banner(false)
                .start();
    }
}
