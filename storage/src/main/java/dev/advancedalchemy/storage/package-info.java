/**
 * File objects stored beside a row: {@link dev.advancedalchemy.storage.FileObject} and
 * {@link dev.advancedalchemy.storage.FileObjectList} column values, the JPA converters that store them in the same
 * JSON shape as Python Advanced Alchemy, named {@link dev.advancedalchemy.storage.StorageBackend}s (local
 * filesystem, in memory, any {@code java.nio.file} file system, S3 in module {@code alchemy-storage-s3}) and a
 * lifecycle that writes new content before commit and deletes replaced files after commit.
 */
@NullMarked
package dev.advancedalchemy.storage;

import org.jspecify.annotations.NullMarked;
