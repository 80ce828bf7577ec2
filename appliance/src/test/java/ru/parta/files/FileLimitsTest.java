package ru.parta.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.people.PersonaSchool;

/** Per-file and per-person limits, with small numbers so the test stays fast. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "parta.files.max-file-bytes", value = "3000")
@Property(name = "parta.files.quota-bytes-per-person", value = "5000")
class FileLimitsTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    MaterialService materials;

    @Inject
    BlobStore blobs;

    @Test
    void oversizedFilesAndExceededQuotasAreRefusedAndLeaveNothing() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        MaterialFolder folder = materials.createFolder(p.class5a(), "Математика", "Квота", Actor.of(p.kuznetsov()));
        PartaException tooLarge = assertThrows(PartaException.class, () -> materials.uploadMaterial(folder.id(),
                "big.txt", new ByteArrayInputStream(text(4000, 'a')), Actor.of(p.kuznetsov())));
        assertEquals("file.tooLarge", tooLarge.messageKey());
        assertEquals(ErrorCategory.LIMIT, tooLarge.category());
        materials.uploadMaterial(folder.id(), "one.txt", new ByteArrayInputStream(text(2500, 'b')), Actor.of(p.kuznetsov()));
        materials.uploadMaterial(folder.id(), "two.txt", new ByteArrayInputStream(text(2400, 'c')), Actor.of(p.kuznetsov()));
        assertEquals("file.quota", assertThrows(PartaException.class, () -> materials.uploadMaterial(folder.id(),
                "three.txt", new ByteArrayInputStream(text(200, 'd')), Actor.of(p.kuznetsov()))).messageKey());
        try (Stream<Path> staging = Files.list(blobs.pathOf("0".repeat(64)).getParent().getParent().getParent()
                .resolve("staging"))) {
            assertEquals(0, staging.count(), "refused uploads leave no partial file");
        }
    }

    private static byte[] text(int size, char c) {
        return String.valueOf(c).repeat(size).getBytes();
    }
}
