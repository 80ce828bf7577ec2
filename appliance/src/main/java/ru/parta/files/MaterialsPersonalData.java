package ru.parta.files;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.parta.people.PersonalDataPart;

/**
 * The materials library's part of a person's data: the materials they opened (and how often) and
 * those they uploaded. Erasure removes what they opened; the uploaded materials are the school's
 * teaching content and stay, shown as from a deleted user (docs/privacy.md).
 */
@Singleton
class MaterialsPersonalData implements PersonalDataPart {

    private final MaterialViewRepository views;
    private final MaterialFolderRepository folders;
    private final FileService files;

    MaterialsPersonalData(MaterialViewRepository views, MaterialFolderRepository folders, FileService files) {
        this.views = views;
        this.folders = folders;
        this.files = files;
    }

    @Override
    public String fileName() {
        return "materials.csv";
    }

    @Override
    public List<String> header() {
        return List.of("what", "material", "folder", "subject", "opens", "at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (MaterialView view : views.findByIdAccountId(accountId)) {
            Optional<StoredFile> file = files.findFile(view.id().fileId());
            rows.add(row("opened", file, view.opens(), view.lastAt(), zone));
        }
        for (StoredFile file : files.findUploads(accountId, FilePlace.MATERIALS)) {
            rows.add(row("uploaded", Optional.of(file), 0, file.uploadedAt(), zone));
        }
        return rows;
    }

    @Override
    public String erase(long accountId, Instant at) {
        return views.deleteByIdAccountId(accountId) > 0 ? "erasure.category.materialViews" : null;
    }

    private List<String> row(String what, Optional<StoredFile> file, int opens, Instant at, ZoneId zone) {
        Optional<MaterialFolder> folder = file.flatMap(f -> folders.findById(f.placeId()));
        return List.of(what, file.map(StoredFile::name).orElse(""), folder.map(MaterialFolder::name).orElse(""),
                folder.map(MaterialFolder::subject).orElse(""), opens == 0 ? "" : String.valueOf(opens),
                at.atZone(zone).toString());
    }
}
