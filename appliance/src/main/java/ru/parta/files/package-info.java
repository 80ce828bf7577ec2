/**
 * The file store: content-addressed blobs on disk under the data directory (SHA-256, stored once),
 * uploads streamed with limits and typed by their bytes (Apache Tika), and later previews, ranged
 * downloads behind authorization, and the learning-materials library.
 */
package ru.parta.files;
