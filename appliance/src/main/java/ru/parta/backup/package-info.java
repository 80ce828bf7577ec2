/**
 * Backups made while the school works: the database (an H2 online copy, consistent by MVCC) and
 * the file store (content-addressed blobs, held from removal while copied), written side by side
 * in one directory per backup, verified after writing, kept by a retention policy and optionally
 * copied to a second disk. Restoring one puts the school back as it was then.
 */
package ru.parta.backup;
