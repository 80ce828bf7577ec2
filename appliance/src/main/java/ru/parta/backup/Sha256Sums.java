package ru.parta.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.parta.base.PartaException;

/**
 * The hash of every file in a backup, as {@code SHA256SUMS} in the format of coreutils'
 * {@code sha256sum}: anyone can check a backup copied to another machine with
 * {@code sha256sum -c SHA256SUMS}, without Parta.
 */
final class Sha256Sums {

    static final String FILE_NAME = "SHA256SUMS";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (database\\.zip|files/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64})");

    private Sha256Sums() {
    }

    static void write(Path folder, Map<String, String> hashByRelativePath) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : hashByRelativePath.entrySet()) {
                out.write(entry.getValue() + "  " + entry.getKey() + "\n");
            }
        }
    }

    /** Relative path to hash, in file order; a line that names anything outside the layout is damage. */
    static Map<String, String> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw PartaException.invalid("backup.sumsMissing");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher matcher = LINE.matcher(line);
                if (!matcher.matches()) {
                    throw PartaException.invalid("backup.sumsDamaged");
                }
                sums.put(matcher.group(2), matcher.group(1));
            }
        } catch (IOException e) {
            throw PartaException.invalid("backup.sumsDamaged");
        }
        return sums;
    }

    static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Where a blob lives inside a backup, the same layout as the live store. */
    static String blobPath(String sha256) {
        return "files/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
