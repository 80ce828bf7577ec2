package ru.parta.files;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

@Embeddable
record MaterialViewKey(@MappedProperty("file_id") Long fileId, @MappedProperty("account_id") Long accountId) {
}
