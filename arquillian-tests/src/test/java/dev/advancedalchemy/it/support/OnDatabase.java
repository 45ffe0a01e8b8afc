package dev.advancedalchemy.it.support;

import dev.advancedalchemy.testing.Db;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database an Arquillian scenario class runs on: {@link DatabaseUnitsExtension} gives the class its own schema
 * on it and points the listed persistence units there before the class's deployment starts.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnDatabase {
    Db value();

    /** The persistence units to point at the database. */
    String[] units() default {"main"};
}
