@NullMarked
package dev.advancedalchemy.base.entities;

import org.jspecify.annotations.NullMarked;
