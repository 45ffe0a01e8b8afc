package dev.advancedalchemy.naming.eclipselink;

import dev.advancedalchemy.base.internal.eclipselink.SnakeCaseTables;
import dev.advancedalchemy.naming.TableNames;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink session customizer that gives every entity without an explicit {@code @Table(name = …)} the
 * snake_case table name of {@link TableNames} ({@code HTTPRequestLog} → {@code http_request_log}) and every
 * {@link dev.advancedalchemy.base.BigIntBase} entity its own sequence {@code <table>_id_seq}.
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer" value="dev.advancedalchemy.naming.eclipselink.SnakeCaseSessionCustomizer"/>
 * }</pre>
 *
 * <p>Column names keep the JPA defaults (the base classes name theirs explicitly: {@code id}, {@code created_at},
 * …). To also get the model layer's column types (UUID per dialect, microsecond timestamps) use
 * {@link AlchemySessionCustomizer}, which includes this one.
 */
public class SnakeCaseSessionCustomizer implements SessionCustomizer {
    /** For EclipseLink, which instantiates the class named in the persistence unit. */
    public SnakeCaseSessionCustomizer() {}

    @Override
    public void customize(Session session) {
        SnakeCaseTables.apply(session);
    }
}
