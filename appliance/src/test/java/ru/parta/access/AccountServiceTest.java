package ru.parta.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;

@MicronautTest(startApplication = false, transactional = false)
class AccountServiceTest {

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

    @Test
    void aPersonMayHoldSeveralRolesAndThePasswordIsStoredAsArgon2id() {
        AccountSummary created = accounts.createAccount("  Кузнецов   Игорь ", "Kuznetsov.I", "Algebra-2026",
                Set.of(Role.TEACHER, Role.PARENT), Actor.SYSTEM, null);
        assertEquals("kuznetsov.i", created.login());
        assertEquals("Кузнецов Игорь", created.fullName());
        AccountSummary found = accounts.findAccount(created.id()).orElseThrow();
        assertEquals(Set.of(Role.TEACHER, Role.PARENT), found.roles());
        String hash = accountRepository.findById(created.id()).orElseThrow().passwordHash();
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertFalse(hash.contains("Algebra-2026"));
    }

    @Test
    void aTakenLoginIsAConflictAndWritesNothing() {
        accounts.createAccount("Сидорова Анна", "sidorova", "Pyatyi-A-5", Set.of(Role.STUDENT), Actor.SYSTEM, null);
        long before = accountRepository.count();
        PartaException taken = assertThrows(PartaException.class, () -> accounts.createAccount("Сидорова Анна",
                "SIDOROVA", "Pyatyi-A-55", Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertEquals(ErrorCategory.CONFLICT, taken.category());
        assertEquals("login.taken", taken.messageKey());
        assertEquals(before, accountRepository.count());
    }

    @Test
    void badFieldsAreRefusedWithTheirOwnMessage() {
        assertKey("account.fullName.required", () -> accounts.createAccount(" ", "someone", "Parol-123",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("login.length", () -> accounts.createAccount("Имя", "ab", "Parol-123",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("login.characters", () -> accounts.createAccount("Имя", "петров", "Parol-123",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("password.tooShort", () -> accounts.createAccount("Имя", "someone", "Pa-1",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("password.lettersAndDigits", () -> accounts.createAccount("Имя", "someone", "parolparol",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("password.containsLogin", () -> accounts.createAccount("Имя", "someone", "Someone-2026",
                Set.of(Role.STUDENT), Actor.SYSTEM, null));
        assertKey("account.roles.required", () -> accounts.createAccount("Имя", "someone", "Parol-123",
                Set.of(), Actor.SYSTEM, null));
        assertFalse(accountRepository.existsByLogin("someone"));
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable action) {
        PartaException e = assertThrows(PartaException.class, action);
        assertEquals(key, e.messageKey());
        assertEquals(ErrorCategory.INVALID, e.category());
    }
}
