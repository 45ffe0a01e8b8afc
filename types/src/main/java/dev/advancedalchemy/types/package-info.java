/**
 * Column types: id generators, encrypted strings, password hashes, JSON, UTC date-times and GUIDs, each usable
 * with EclipseLink and Hibernate on H2, PostgreSQL and MariaDB.
 */
@NullMarked
package dev.advancedalchemy.types;

import org.jspecify.annotations.NullMarked;
