package dev.advancedalchemy.testing;

import java.util.Locale;

/** The databases of the test matrix. */
public enum Db {
    H2,
    POSTGRES,
    MARIADB;

    /** Lower-case name used in display names and environment variables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
