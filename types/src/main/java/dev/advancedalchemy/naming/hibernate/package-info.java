/**
 * The naming conventions on Hibernate ORM:
 * {@link dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy} (snake_case tables, per-table
 * sequences).
 *
 * <pre>{@code
 * <property name="hibernate.physical_naming_strategy"
 *           value="dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy"/>
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.naming.hibernate;

import org.jspecify.annotations.NullMarked;
