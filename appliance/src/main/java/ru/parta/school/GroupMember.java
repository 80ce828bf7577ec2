package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("group_member")
record GroupMember(@Id @GeneratedValue @Nullable Long id, Long groupId, Long accountId) {
}
