package ru.parta.files;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.parta.access.SessionService;

/**
 * Every fetch of a file goes through here: the asker's session must still stand and the file's
 * place must be one they can see. Anything else looks exactly like a file that does not exist.
 */
@Singleton
public class FileGate {

    private final FileService files;
    private final Map<FilePlace, FilePlaceGuard> guards = new EnumMap<>(FilePlace.class);
    private final SessionService sessions;

    FileGate(FileService files, List<FilePlaceGuard> placeGuards, SessionService sessions) {
        this.files = files;
        this.sessions = sessions;
        placeGuards.forEach(guard -> guards.put(guard.place(), guard));
    }

    public Optional<StoredFile> open(long fileId, Long accountId, String sessionId, boolean countOpen) {
        if (accountId == null || sessionId == null || !sessions.checkSession(sessionId, accountId)) {
            return Optional.empty();
        }
        return files.findFile(fileId).filter(file -> guards.containsKey(file.placeKind())
                        && guards.get(file.placeKind()).mayOpen(file, accountId, countOpen));
    }
}
