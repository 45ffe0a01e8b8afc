/** What the extension's deployment checks read from EclipseLink: the tables of a unit's entities. */
@NullMarked
package dev.advancedalchemy.cdi.internal.eclipselink;

import org.jspecify.annotations.NullMarked;
