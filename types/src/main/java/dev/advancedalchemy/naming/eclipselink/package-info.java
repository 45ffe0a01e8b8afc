/**
 * The naming conventions on EclipseLink: {@link dev.advancedalchemy.naming.eclipselink.AlchemySessionCustomizer}
 * (snake_case tables, per-table sequences and the model layer's column types) and
 * {@link dev.advancedalchemy.naming.eclipselink.SnakeCaseSessionCustomizer} (tables and sequences only).
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer"
 *           value="dev.advancedalchemy.naming.eclipselink.AlchemySessionCustomizer"/>
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.naming.eclipselink;

import org.jspecify.annotations.NullMarked;
