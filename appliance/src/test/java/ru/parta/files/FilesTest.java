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
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
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
        fractions = materials.createFolder(p.class5a(), "Математика", "Дроби", Actor.of(p.kuznetsov()));
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
                fractions.id(), "x.txt", new ByteArrayInputStream("x".getBytes()), Actor.of(p.petrov()))).messageKey());

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
    void programsScriptsAndAppsAreRefusedWhateverTheirName() throws Exception {
        byte[] windowsProgram = pe64();
        assertEquals("file.type.refused", refused("setup.exe", windowsProgram));
        assertEquals("file.type.refused", refused("photo.jpg", windowsProgram), "the bytes decide, not the name");
        assertEquals("file.type.refused", refused("photo\u202Egpj.exe", windowsProgram));
        assertEquals("file.type.refused", refused("run.ps1", "Write-Host 'hi'\r\n".getBytes()));
        assertEquals("file.type.refused", refused("hi.vbs", "MsgBox \"hi\"".getBytes()));
        assertEquals("file.type.refused", refused("app.hta", "<html><HTA:APPLICATION/></html>".getBytes()));
        assertEquals("file.type.refused", refused("game.apk", zip("AndroidManifest.xml")));
        assertEquals("file.type.refused", refused("tool.jar", zip("META-INF/MANIFEST.MF")));
        assertEquals("file.type.refused", refused("x.js", "alert(1)".getBytes()));
        assertEquals("file.type.refused", refused("start.bat", "@echo off\r\n".getBytes()));
        assertEquals("file.type.refused", refused("saver.scr", windowsProgram));
        assertEquals("file.type.refused", refused("link.lnk", new byte[] {0x4C, 0, 0, 0, 1, 0x14, 2, 0}));
        assertTrue(files.findFiles(FilePlace.MATERIALS, fractions.id()).isEmpty(), "nothing kept");
    }

    @Test
    void onlyImagesPdfMediaAndPlainTextAreShownInTheBrowser() throws Exception {
        HttpClient petrov = signedIn(p.petrov());
        StoredFile text = upload("задание.txt", "Домашнее задание: №5".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> shown = get(petrov, "/files/" + text.id(), null);
        assertTrue(shown.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        for (String[] download : new String[][] {{"page.html", "<html><body>x</body></html>"},
                {"list.csv", "a;b\n1;2\n"}, {"data.xml", "<?xml version=\"1.0\"?><a/>"}}) {
            StoredFile file = upload(download[0], download[1].getBytes(StandardCharsets.UTF_8));
            assertTrue(file.downloadOnly(), download[0]);
            HttpResponse<byte[]> served = get(petrov, "/files/" + file.id(), null);
            assertEquals("application/octet-stream", served.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"),
                    download[0]);
        }
        StoredFile archive = upload("work.zip", zip("readme.txt"));
        assertTrue(get(petrov, "/files/" + archive.id(), null).headers().firstValue("Content-Disposition")
                .orElseThrow().startsWith("attachment"));
    }

    @Test
    void russianTextFilesAreServedInTheCharsetTheyWereWrittenIn() throws Exception {
        String homework = "Домашнее задание по математике: решить задачи 5, 6 и 7 на странице 42. "
                + "Принести тетради в клетку, линейку и карандаш. Проверим в понедельник.";
        HttpClient petrov = signedIn(p.petrov());
        for (String charset : new String[] {"UTF-8", "windows-1251", "KOI8-R"}) {
            StoredFile file = upload("задание-" + charset + ".txt", homework.getBytes(charset));
            HttpResponse<byte[]> served = get(petrov, "/files/" + file.id(), null);
            String type = served.headers().firstValue("Content-Type").orElseThrow().toLowerCase();
            assertTrue(type.startsWith("text/plain") && type.contains("charset=" + charset.toLowerCase()), type);
            assertEquals(homework, new String(served.body(), java.nio.charset.Charset.forName(charset)));
        }
    }

    @Test
    void bidiOverridesNeverReachAFileName() throws Exception {
        StoredFile report = upload("otchet\u202Efdp.txt", "отчёт".getBytes(StandardCharsets.UTF_8));
        assertEquals("otchetfdp.txt", report.name(), "shown as it really ends");
        assertEquals("zero\u200Bwidth.txt".replace("\u200B", ""),
                upload("zero\u200Bwidth\u2066.txt", "x".getBytes()).name());
        String disposition = get(signedIn(p.petrov()), "/files/" + report.id(), null).headers()
                .firstValue("Content-Disposition").orElseThrow();
        assertFalse(disposition.toUpperCase().contains("%E2%80%AE"), disposition);
    }

    @Test
    void sameContentIsStoredOnceAndUnusedFilesGoAfterTheGracePeriod() throws Exception {
        MaterialFolder other = materials.createFolder(p.class6b(), "Математика", "Дроби", Actor.of(p.kuznetsov()));
        byte[] content = pdf();
        StoredFile first = upload("a.pdf", content);
        StoredFile second = materials.uploadMaterial(other.id(), "b.pdf", new ByteArrayInputStream(content),
                Actor.of(p.kuznetsov()));
        assertEquals(first.sha256(), second.sha256());

        materials.deleteMaterial(first.id(), Actor.of(p.kuznetsov()));
        clock.advance(Duration.ofDays(8));
        housekeeping.removeUnused();
        assertTrue(blobs.contains(first.sha256()), "still used by the other folder");
        materials.deleteMaterial(second.id(), Actor.of(p.kuznetsov()));
        clock.advance(Duration.ofDays(8));
        housekeeping.removeUnused();
        assertFalse(blobs.contains(first.sha256()), "nothing refers to it any more");
    }

    @Test
    void theIntegrityCheckFindsAChangedFile() throws Exception {
        StoredFile kept = upload("kept.pdf", pdf());
        assertTrue(housekeeping.checkIntegrity(Actor.of(p.smirnova())).isEmpty());
        Files.write(blobs.pathOf(kept.sha256()), new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(java.util.List.of(kept.sha256()), housekeeping.checkIntegrity(Actor.of(p.smirnova())));
        assertEquals("permission.denied", assertThrows(PartaException.class,
                () -> housekeeping.checkIntegrity(Actor.of(p.kuznetsov()))).messageKey());
    }

    @Test
    void whatAStudentOpenedIsInTheirOwnArchiveAndGoesWithTheirErasure() throws Exception {
        StoredFile pdf = upload("Проценты.pdf", pdf());
        assertTrue(materials.mayOpen(pdf, p.sidorova(), true));
        assertTrue(materials.mayOpen(pdf, p.sidorova(), true));

        List<List<String>> hers = materialsData.rows(p.sidorova(), java.time.ZoneId.of("Europe/Moscow"));
        assertTrue(hers.stream().anyMatch(r -> r.get(0).equals("opened") && r.get(1).equals("Проценты.pdf")
                && r.get(2).equals("Дроби") && r.get(4).equals("2")), hers.toString());
        assertTrue(materialsData.rows(p.kuznetsov(), java.time.ZoneId.of("Europe/Moscow")).stream()
                .anyMatch(r -> r.get(0).equals("uploaded") && r.get(1).equals("Проценты.pdf")), "the uploader's own");

        erasure.erasePerson(p.sidorova(), Actor.of(p.smirnova()));
        assertEquals(Map.of(), materials.findReaders(pdf.id(), p.ivanova()), "who opened what is erased");
        assertTrue(materialsData.rows(p.sidorova(), java.time.ZoneId.of("Europe/Moscow")).isEmpty());
        assertTrue(erasure.findRecords(Actor.of(p.smirnova())).stream().filter(r -> r.subjectId() == p.sidorova())
                .anyMatch(r -> r.categories().contains("erasure.category.materialViews")), "named in the act");
    }

    @Inject
    MaterialsPersonalData materialsData;

    @Inject
    ru.parta.people.ErasureService erasure;

    private StoredFile upload(String name, byte[] content) {
        return materials.uploadMaterial(fractions.id(), name, new ByteArrayInputStream(content), Actor.of(p.kuznetsov()));
    }

    private String refused(String name, byte[] content) {
        return assertThrows(PartaException.class, () -> upload(name, content)).messageKey();
    }

    private HttpClient signedIn(long accountId) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertEquals(200, client.send(HttpRequest.newBuilder(uri("/test/sign-in?account=" + accountId)).build(),
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

    /** The first bytes of a 64-bit Windows program: an MZ header pointing at a PE header for x86-64. */
    private static byte[] pe64() {
        ByteBuffer program = ByteBuffer.allocate(1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        program.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80);
        program.put(0x80, (byte) 'P').put(0x81, (byte) 'E').putShort(0x84, (short) 0x8664).putShort(0x98, (short) 0x20B);
        return program.array();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("content".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
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
