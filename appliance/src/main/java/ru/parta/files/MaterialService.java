package ru.parta.files;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.people.PeopleService;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * The learning-materials library: folders per class and subject. The class's teachers (and
 * administrators) manage them; its students and their parents browse and download. Teachers see
 * how often each material was opened; only the class teacher sees by whom.
 */
@Singleton
public class MaterialService implements FilePlaceGuard {

    static final int NAME_MAX = 100;

    private final MaterialFolderRepository folders;
    private final MaterialViewRepository views;
    private final FileService files;
    private final AccountService accounts;
    private final ClassService classes;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Permissions permissions;

    MaterialService(MaterialFolderRepository folders, MaterialViewRepository views, FileService files,
                    AccountService accounts, ClassService classes, PeopleService people, AuditLog auditLog,
                    Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.folders = folders;
        this.views = views;
        this.files = files;
        this.accounts = accounts;
        this.classes = classes;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The classes whose materials this person may browse. */
    public List<SchoolClass> findClasses(long viewerAccountId) {
        AccountSummary viewer = member(viewerAccountId);
        return classes.findClasses().stream().filter(c -> maySee(viewer, c.id())).toList();
    }

    public boolean mayManage(long viewerAccountId, long classId) {
        AccountSummary viewer = member(viewerAccountId);
        return viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.TEACHER) && classes.isTeacherOf(classId, viewer.id());
    }

    @Transactional
    public MaterialFolder createFolder(long classId, String subject, String name, Actor actor) {
        requireManager(actor, classId);
        String cleanSubject = text(subject, "material.subject.required");
        String cleanName = text(name, "material.folder.required");
        if (folders.existsByClassIdAndSubjectAndName(classId, cleanSubject, cleanName)) {
            throw PartaException.conflict("material.folder.exists", cleanName);
        }
        MaterialFolder folder = folders.save(new MaterialFolder(null, classId, cleanSubject, cleanName, actor.accountId(),
                clock.instant()));
        auditLog.recordEvent("material.folderCreated", actor.auditId(), classId + " " + cleanSubject + " " + cleanName,
                null);
        return folder;
    }

    public List<MaterialFolder> findFolders(long classId, long viewerAccountId) {
        if (!maySee(member(viewerAccountId), classId)) {
            throw PartaException.notFound("material.notFound");
        }
        return folders.findByClassId(classId).stream()
                .sorted(java.util.Comparator.comparing(MaterialFolder::subject).thenComparing(MaterialFolder::name))
                .toList();
    }

    @Transactional
    public StoredFile uploadMaterial(long folderId, String fileName, InputStream content, Actor actor) {
        MaterialFolder folder = folder(folderId);
        requireManager(actor, folder.classId());
        return files.uploadFile(FilePlace.MATERIALS, folderId, fileName, content, actor.accountId());
    }

    public List<MaterialEntry> findMaterials(long folderId, long viewerAccountId) {
        MaterialFolder folder = folder(folderId);
        if (!maySee(member(viewerAccountId), folder.classId())) {
            throw PartaException.notFound("material.notFound");
        }
        List<StoredFile> found = files.findFiles(FilePlace.MATERIALS, folderId);
        Map<Long, AccountSummary> uploaders = accounts.findPeople(found.stream().map(StoredFile::uploadedBy).toList());
        Map<Long, List<MaterialView>> openedByFile = views.findByFolder(folderId).stream()
                .collect(java.util.stream.Collectors.groupingBy(v -> v.id().fileId()));
        List<MaterialEntry> entries = new ArrayList<>();
        for (StoredFile file : found) {
            List<MaterialView> opened = openedByFile.getOrDefault(file.id(), List.of());
            entries.add(new MaterialEntry(file, uploaders.get(file.uploadedBy()).fullName(),
                    opened.stream().mapToInt(MaterialView::opens).sum(), opened.size()));
        }
        return entries;
    }

    /** Who opened a material and how often: for the class teacher of its class and administrators. */
    public Map<String, Integer> findReaders(long fileId, long viewerAccountId) {
        StoredFile file = files.findFile(fileId).orElseThrow(() -> PartaException.notFound("material.notFound"));
        MaterialFolder folder = folder(file.placeId());
        AccountSummary viewer = member(viewerAccountId);
        boolean classTeacher = classes.findClass(folder.classId())
                .map(c -> c.classTeacherId() != null && c.classTeacherId() == viewer.id()).orElse(false);
        if (!viewer.hasRole(Role.ADMIN) && !classTeacher) {
            throw PartaException.forbidden("material.readers.forbidden");
        }
        List<MaterialView> opened = views.findByIdFileId(fileId);
        Map<Long, AccountSummary> readers = accounts.findPeople(opened.stream().map(v -> v.id().accountId()).toList());
        Map<String, Integer> result = new java.util.TreeMap<>();
        opened.forEach(v -> result.put(readers.get(v.id().accountId()).fullName(), v.opens()));
        return result;
    }

    @Transactional
    public void moveMaterial(long fileId, long targetFolderId, Actor actor) {
        StoredFile file = files.findFile(fileId).orElseThrow(() -> PartaException.notFound("material.notFound"));
        MaterialFolder from = folder(file.placeId());
        MaterialFolder to = folder(targetFolderId);
        requireManager(actor, from.classId());
        requireManager(actor, to.classId());
        files.moveFile(file, to.id(), actor.accountId());
    }

    @Transactional
    public void deleteMaterial(long fileId, Actor actor) {
        StoredFile file = files.findFile(fileId).orElseThrow(() -> PartaException.notFound("material.notFound"));
        requireManager(actor, folder(file.placeId()).classId());
        files.deleteFile(file, actor.accountId());
    }

    @Override
    public FilePlace place() {
        return FilePlace.MATERIALS;
    }

    /** Whether this person may fetch a material; counts the opening when asked to. */
    @Override
    @Transactional
    public boolean mayOpen(StoredFile file, long accountId, boolean countOpen) {
        Optional<MaterialFolder> folder = folders.findById(file.placeId());
        Optional<AccountSummary> viewer = accounts.findAccount(accountId);
        if (folder.isEmpty() || viewer.isEmpty() || !maySee(viewer.get(), folder.get().classId())) {
            return false;
        }
        if (countOpen && views.countOpen(file.id(), accountId, clock.instant()) == 0) {
            views.firstOpen(file.id(), accountId, clock.instant());
        }
        return true;
    }

    /** The class's students and their parents, its teachers, administrators and the director. */
    private boolean maySee(AccountSummary viewer, long classId) {
        if (viewer.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR))) {
            return true;
        }
        if (viewer.hasRole(Role.TEACHER) && classes.isTeacherOf(classId, viewer.id())) {
            return true;
        }
        if (people.findClassIdOf(viewer.id()).map(c -> c == classId).orElse(false) && viewer.hasRole(Role.STUDENT)) {
            return true;
        }
        return viewer.hasRole(Role.PARENT) && people.findChildIds(viewer.id()).stream()
                .anyMatch(child -> people.findClassIdOf(child).map(c -> c == classId).orElse(false));
    }

    private void requireManager(Actor actor, long classId) {
        permissions.requirePerson(actor);
        if (!mayManage(actor.accountId(), classId)) {
            throw PartaException.forbidden("material.forbidden");
        }
    }

    private MaterialFolder folder(long folderId) {
        return folders.findById(folderId).orElseThrow(() -> PartaException.notFound("material.notFound"));
    }

    private AccountSummary member(long accountId) {
        return accounts.findAccount(accountId).orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }

    private static String text(String value, String requiredKey) {
        String clean = DisplayText.name(value);
        if (clean.isEmpty()) {
            throw PartaException.invalid(requiredKey);
        }
        if (clean.length() > NAME_MAX) {
            throw PartaException.invalid("material.text.tooLong", NAME_MAX);
        }
        return clean;
    }
}
