package ru.parta.files;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** How often one person opened one material. */
@MappedEntity("material_view")
record MaterialView(@EmbeddedId MaterialViewKey id, int opens, Instant lastAt) {
}
