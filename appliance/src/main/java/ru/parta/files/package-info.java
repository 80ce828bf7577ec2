/**
 * The file store: content-addressed blobs on disk under the data directory (SHA-256, stored once),
 * uploads streamed with limits and typed by their bytes (Apache Tika), previews, ranged downloads
 * behind {@code FileGate}, integrity checks, and the learning-materials library with who opened what.
 */
package ru.parta.files;
