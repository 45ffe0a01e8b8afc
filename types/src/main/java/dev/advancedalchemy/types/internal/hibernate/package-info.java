/** Hibernate ORM 7 adapters that give our column types their per-database columns and SQL. */
@NullMarked
package dev.advancedalchemy.types.internal.hibernate;

import org.jspecify.annotations.NullMarked;
