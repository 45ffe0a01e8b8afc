/**
 * S3 storage backend ({@link dev.advancedalchemy.storage.s3.S3Backend}) over AWS SDK v2, also registered as
 * configuration type {@code s3} ({@code alchemy.storage.<name>.type=s3}).
 */
@NullMarked
package dev.advancedalchemy.storage.s3;

import org.jspecify.annotations.NullMarked;
