/**
 * Internal: the byte-level Fernet codec, key configuration lookup and the password-hash engines behind the public
 * crypto types of {@code dev.advancedalchemy.types}. Not API; may change without notice.
 */
@NullMarked
package dev.advancedalchemy.types.internal.crypto;

import org.jspecify.annotations.NullMarked;
