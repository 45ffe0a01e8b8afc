package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.types.internal.columns.JdbcValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.BindCallCustomParameter;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.sessions.AbstractSession;

/**
 * A bind parameter that EclipseLink hands to JDBC untouched, with the SQL type our column storage chose (EclipseLink
 * would otherwise bind a {@code String} as {@code VARCHAR} and convert {@code java.time} values itself).
 */
final class JdbcBinding extends BindCallCustomParameter {
    private static final long serialVersionUID = 1L;

    /** What the JPA converter produced; kept so EclipseLink's backup copies can be converted back. */
    private final Object converted;

    private final transient JdbcValue jdbc;

    JdbcBinding(Object converted, JdbcValue jdbc) {
        super(jdbc.value());
        this.converted = converted;
        this.jdbc = jdbc;
    }

    Object converted() {
        return converted;
    }

    @Override
    public void set(DatabasePlatform platform, PreparedStatement statement, int index, AbstractSession session)
            throws SQLException {
        statement.setObject(index, jdbc.value(), jdbc.sqlType());
    }

    @Override
    public String toString() {
        return String.valueOf(converted);
    }
}
