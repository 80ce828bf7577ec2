package ru.parta.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.people.PersonaSchool;

/** The materials library and the file store end to end over real HTTP on 127.0.0.1. */
@MicronautTest(transactional = false, rebuildContext = true)
class FilesTest {

    @Inject
    EmbeddedServer server;

    @Inject
    PersonaSchool personaSchool;

    @Inject
    MaterialService materials;

    @Inject
    FileService files;

    @Inject
    FileHousekeeping housekeeping;

    @Inject
    BlobStore blobs;

    @Inject
    TestClock clock;

    private PersonaSchool.Persona p;
    private MaterialFolder fractions;

    @BeforeEach
    void library() {
        p = personaSchool.create();
        fractions = materials.createFolder(p.class5a(), "Математика", "Дроби", p.kuznetsov());
    }

    @Test
    void onlyTheClassCanFetchAndRangesWork() throws Exception {
        StoredFile pdf = upload("Дроби.pdf", pdf());
        StoredFile video = upload("урок.webm", Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/lesson.webm")));
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("video/webm", video.mediaType());

        HttpClient petrov = signedIn(p.petrov());
        HttpResponse<byte[]> whole = get(petrov, "/files/" + pdf.id(), null);
        assertEquals(200, whole.statusCode());
        assertEquals("application/pdf", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", whole.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(pdf.size(), whole.body().length);

        HttpResponse<byte[]> head = get(petrov, "/files/" + video.id(), "bytes=0-99");
        assertEquals(206, head.statusCode());
        assertEquals("bytes 0-99/" + video.size(), head.headers().firstValue("Content-Range").orElseThrow());
        assertEquals(100, head.body().length);
        HttpResponse<byte[]> tail = get(petrov, "/files/" + video.id(), "bytes=" + (video.size() - 10) + "-");
        assertEquals(206, tail.statusCode());
        assertEquals(10, tail.body().length);
        assertEquals(416, get(petrov, "/files/" + video.id(), "bytes=" + video.size() + "-").statusCode());
        assertEquals(200, get(petrov, "/files/" + pdf.id() + "/preview", null).statusCode(), "first page as PNG");

        assertEquals(404, get(signedIn(p.volkov()), "/files/" + pdf.id(), null).statusCode(), "6Б sees nothing");
        assertEquals(404, get(HttpClient.newHttpClient(), "/files/" + pdf.id(), null).statusCode(), "no session");
        assertEquals(404, get(petrov, "/files/" + (video.id() + 1000), null).statusCode());
        assertEquals(404, get(petrov, "/files/../etc/passwd", null).statusCode());
        assertEquals(200, get(signedIn(p.petrova()), "/files/" + pdf.id(), null).statusCode(), "his mother may");

        MaterialEntry entry = materials.findMaterials(fractions.id(), p.kuznetsov()).stream()
                .filter(e -> e.file().id().equals(pdf.id())).findFirst().orElseThrow();
        assertEquals(2, entry.readers(), "the student and his mother");
        assertEquals(2, entry.opens(), "ranges and previews do not count as openings");
        assertEquals(Map.of("Петров Артём", 1, "Петрова Елена", 1), materials.findReaders(pdf.id(), p.ivanova()));
        assertEquals("material.readers.forbidden", assertThrows(PartaException.class,
                () -> materials.findReaders(pdf.id(), p.kuznetsov())).messageKey(), "a subject teacher sees counts only");
    }

    @Test
    void dangerousOrBrokenUploadsAreRefusedOrDefused() throws Exception {
        assertEquals("file.type.refused", refused("photo.jpg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        assertEquals("file.pdf.broken", refused("report.pdf", "%PDF-1.4 this is not a document".getBytes()));
        assertEquals("file.image.tooManyPixels", refused("flood.png", pixelFlood()));
        assertEquals("file.empty", refused("empty.txt", new byte[0]));
        assertEquals("material.forbidden", assertThrows(PartaException.class, () -> materials.uploadMaterial(
                fractions.id(), "x.txt", new ByteArrayInputStream("x".getBytes()), p.petrov())).messageKey());

        StoredFile svg = upload("../../etc/картинка.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));
        assertEquals("картинка.svg", svg.name(), "never a path");
        assertTrue(svg.downloadOnly());
        HttpResponse<byte[]> served = get(signedIn(p.petrov()), "/files/" + svg.id(), null);
        assertEquals("application/octet-stream", served.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertTrue(served.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
    }

    @Test
    void sameContentIsStoredOnceAndUnusedFilesGoAfterTheGracePeriod() throws Exception {
        MaterialFolder other = materials.createFolder(p.class6b(), "Математика", "Дроби", p.kuznetsov());
        byte[] content = pdf();
        StoredFile first = upload("a.pdf", content);
        StoredFile second = materials.uploadMaterial(other.id(), "b.pdf", new ByteArrayInputStream(content),
                p.kuznetsov());
        assertEquals(first.sha256(), second.sha256());

        materials.deleteMaterial(first.id(), p.kuznetsov());
        clock.advance(Duration.ofDays(8));
        housekeeping.removeUnused();
        assertTrue(blobs.contains(first.sha256()), "still used by the other folder");
        materials.deleteMaterial(second.id(), p.kuznetsov());
        clock.advance(Duration.ofDays(8));
        housekeeping.removeUnused();
        assertFalse(blobs.contains(first.sha256()), "nothing refers to it any more");
    }

    @Test
    void theIntegrityCheckFindsAChangedFile() throws Exception {
        StoredFile kept = upload("kept.pdf", pdf());
        assertTrue(housekeeping.checkIntegrity(p.smirnova()).isEmpty());
        Files.write(blobs.pathOf(kept.sha256()), new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(java.util.List.of(kept.sha256()), housekeeping.checkIntegrity(p.smirnova()));
        assertEquals("permission.denied", assertThrows(PartaException.class,
                () -> housekeeping.checkIntegrity(p.kuznetsov())).messageKey());
    }

    private StoredFile upload(String name, byte[] content) {
        return materials.uploadMaterial(fractions.id(), name, new ByteArrayInputStream(content), p.kuznetsov());
    }

    private String refused(String name, byte[] content) {
        return assertThrows(PartaException.class, () -> upload(name, content)).messageKey();
    }

    private HttpClient signedIn(long accountId) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertEquals(204, client.send(HttpRequest.newBuilder(uri("/test/sign-in?account=" + accountId)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        return client;
    }

    private HttpResponse<byte[]> get(HttpClient client, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A tiny PNG whose header claims 100,000 × 100,000 pixels. */
    private static byte[] pixelFlood() {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue()).putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII))
                .putInt(0xAE426082).array();
    }

}
