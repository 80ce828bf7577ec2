package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What an account held before erasure, for the erasure record: the name, the login, what went. */
public record ErasedAccount(long accountId, String fullName, @Nullable String login, List<String> categories) {

    public ErasedAccount {
        categories = List.copyOf(categories);
    }
}
