package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.types.UUIDs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Raw JDBC batch insert of benchmark rows: the baseline of addMany and the fixture loader of the others. */
final class JdbcRows {
    private JdbcRows() {}

    static int insert(Connection c, int n, int step) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int rows = 0;
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO bench_item (id, sku, name, qty, version) VALUES (?, ?, ?, ?, 1)")) {
            for (int i = 0; i < n; i += step) {
                ps.setObject(1, UUIDs.v7());
                ps.setString(2, "s" + i);
                ps.setString(3, "name " + i);
                ps.setInt(4, i % 1000);
                ps.addBatch();
                if (++rows % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return rows;
    }
}
