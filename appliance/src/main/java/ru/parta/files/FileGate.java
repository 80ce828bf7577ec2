package ru.parta.files;

import jakarta.inject.Singleton;
import java.util.Optional;
import ru.parta.access.SessionService;

/**
 * Every fetch of a file goes through here: the asker's session must still stand and the file's
 * place must be one they can see. Anything else looks exactly like a file that does not exist.
 */
@Singleton
public class FileGate {

    private final FileService files;
    private final MaterialService materials;
    private final SessionService sessions;

    FileGate(FileService files, MaterialService materials, SessionService sessions) {
        this.files = files;
        this.materials = materials;
        this.sessions = sessions;
    }

    public Optional<StoredFile> open(long fileId, Long accountId, String sessionId, boolean countOpen) {
        if (accountId == null || sessionId == null || !sessions.checkSession(sessionId, accountId)) {
            return Optional.empty();
        }
        return files.findFile(fileId).filter(file -> switch (file.placeKind()) {
            case MATERIALS -> materials.mayOpen(file, accountId, countOpen);
        });
    }
}
