/**
 * Advanced Alchemy on EclipseLink: {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource}, the one property a
 * persistence unit sets (see {@code docs/eclipselink.md}).
 *
 * <pre>{@code
 * <property name="eclipselink.metadata-source" value="dev.advancedalchemy.eclipselink.AlchemyMetadataSource"/>
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.eclipselink;

import org.jspecify.annotations.NullMarked;
