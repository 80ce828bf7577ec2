package ru.parta.files;

/**
 * Decides who may fetch the files of one kind of place. The feature owning the place implements
 * it, so the file store needs to know nothing of materials or chats.
 */
public interface FilePlaceGuard {

    FilePlace place();

    /** Whether this person may fetch the file; counts the opening where the place counts them. */
    boolean mayOpen(StoredFile file, long accountId, boolean countOpen);
}
