package ru.parta.files;

import jakarta.inject.Singleton;
import ru.parta.school.ClassDependents;

/** A class with folders of materials keeps them: the folders are moved or deleted first. */
@Singleton
class ClassMaterials implements ClassDependents {

    private final MaterialFolderRepository folders;

    ClassMaterials(MaterialFolderRepository folders) {
        this.folders = folders;
    }

    @Override
    public String keeps(long classId) {
        return folders.existsByClassId(classId) ? "class.delete.hasMaterials" : null;
    }

    @Override
    public void releaseClass(long classId) {
        // Nothing to remove: a class without folders has no materials.
    }
}
