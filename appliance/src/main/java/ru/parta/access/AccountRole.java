package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One role held by one account. */
@MappedEntity("account_role")
record AccountRole(@Id @GeneratedValue @Nullable Long id, Long accountId, Role role) {
}
