package ru.parta.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work a bean needs done once but not before the web server answers (the HTTPS key store, the SSH
 * console's algorithms, Tika's type table). On a cold JVM each costs a tenth of a second or more;
 * on a thread of its own each, they overlap the rest of the start on the box's second core instead
 * of adding up before the school's pages open. Whoever needs the result joins the future: a failure
 * still surfaces there.
 */
public final class BesideStart {

    private BesideStart() {
    }

    public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threadNamed(name));
    }

    public static CompletableFuture<Void> run(String name, Runnable work) {
        return CompletableFuture.runAsync(work, threadNamed(name));
    }

    private static Executor threadNamed(String name) {
        return task -> Thread.ofPlatform().daemon().name("parta-" + name).start(task);
    }
}
