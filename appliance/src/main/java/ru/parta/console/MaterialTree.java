package ru.parta.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.files.MaterialFolder;
import ru.parta.files.MaterialService;
import ru.parta.school.SchoolClass;

/**
 * The materials library as SFTP folders, {@code materials/<class>/<subject>/<folder>/}, laid out in
 * the upload inbox when a session opens: a file put into a folder lands in that folder of the
 * library. Names are made safe for a file system (no slashes, no leading dots).
 */
final class MaterialTree {

    private final Path root;
    private final MaterialService materials;
    private final Map<String, Long> classIds = new ConcurrentHashMap<>();
    private final Map<String, Long> folderIds = new ConcurrentHashMap<>();

    MaterialTree(Path root, MaterialService materials) {
        this.root = root;
        this.materials = materials;
    }

    /** Lays out the classes, subjects and folders this administrator sees. */
    void lay(long accountId) throws IOException {
        Files.createDirectories(root);
        for (SchoolClass schoolClass : materials.findClasses(accountId)) {
            String classDir = safe(schoolClass.label());
            classIds.put(classDir, schoolClass.id());
            Files.createDirectories(root.resolve(classDir));
            for (MaterialFolder folder : materials.findFolders(schoolClass.id(), accountId)) {
                Path dir = root.resolve(classDir).resolve(safe(folder.subject())).resolve(safe(folder.name()));
                Files.createDirectories(dir);
                folderIds.put(key(classDir, safe(folder.subject()), safe(folder.name())), folder.id());
            }
        }
    }

    Long classId(String classDir) {
        return classIds.get(classDir);
    }

    Long folderId(String classDir, String subjectDir, String folderDir) {
        return folderIds.get(key(classDir, subjectDir, folderDir));
    }

    void remember(String classDir, String subjectDir, String folderDir, long folderId) {
        folderIds.put(key(classDir, subjectDir, folderDir), folderId);
    }

    private static String key(String classDir, String subject, String folder) {
        return classDir + "/" + subject + "/" + folder;
    }

    static String safe(String name) {
        String cleaned = name.replace('/', '-').replace('\\', '-').replace("\0", "").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        return cleaned.isEmpty() ? "-" : cleaned;
    }
}
