package ru.parta.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id through password4j (a maintained library, no native code). The default cost follows
 * OWASP's lowest recommended setting (19 MiB, 2 passes), about 40 ms on the target mini-PC.
 */
@Singleton
class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;

    PasswordHasher(AccessProperties properties) {
        this.function = Argon2Function.getInstance(properties.getArgon2MemoryKib(),
                properties.getArgon2Iterations(), properties.getArgon2Parallelism(), HASH_BYTES, Argon2.ID);
    }

    String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    boolean matches(String password, String storedHash) {
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /**
     * Spends the same time as a real check, so a missing login is not told apart by timing: a check
     * is one Argon2 run with the stored salt, this is one with a fresh salt and the same cost. (No
     * dummy hash made in advance: that was a tenth of the appliance's start-up on a cold JVM.)
     */
    void matchNothing(String password) {
        hash(password);
    }
}
