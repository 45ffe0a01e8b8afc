package dev.advancedalchemy.repository.internal.dialect;

import dev.advancedalchemy.types.spi.Database;

/** How many bind parameters one statement may carry on each database, with headroom for the rest of it. */
public final class BindLimits {
    private BindLimits() {}

    /**
     * The largest number of bind parameters the engine puts in one statement.
     *
     * <p>PostgreSQL's wire protocol counts parameters in a signed 16-bit field (32767); MariaDB/MySQL allow
     * 65535; SQL Server 2100; Oracle limits an {@code IN} list to 1000 items. H2 has no hard limit, but huge
     * statements cost parse time, so it gets the PostgreSQL figure. A small margin is kept for the other
     * parameters of the same statement.
     */
    public static int maxParameters(Database database) {
        return switch (database) {
            case POSTGRESQL, H2 -> 32_767 - 67;
            case MARIADB, MYSQL -> 65_535 - 35;
            case SQLSERVER -> 2_100 - 100;
            case ORACLE -> 1_000;
            case OTHER -> 999; // SQLite's historical default: safe nearly everywhere
        };
    }
}
