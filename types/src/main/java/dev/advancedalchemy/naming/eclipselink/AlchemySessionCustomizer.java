package dev.advancedalchemy.naming.eclipselink;

import dev.advancedalchemy.base.internal.eclipselink.ModelColumnTypes;
import dev.advancedalchemy.base.internal.eclipselink.SnakeCaseTables;
import dev.advancedalchemy.types.eclipselink.AlchemyColumnTypes;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * The EclipseLink session customizer of the model layer: everything {@link SnakeCaseSessionCustomizer} does, plus
 * the column types the base classes promise on every database — {@code UUID} attributes stored as native
 * {@code uuid} (PostgreSQL), {@code UUID} (H2) or big-endian {@code BINARY(16)} (MariaDB/MySQL), and
 * {@code Instant} attributes as timestamps with microsecond precision — and the column declarations of
 * {@link AlchemyColumnTypes} for the JSON and UTC date-time converters, so one property configures a unit.
 *
 * <pre>{@code
 * <property name="eclipselink.session.customizer" value="dev.advancedalchemy.naming.eclipselink.AlchemySessionCustomizer"/>
 * }</pre>
 *
 * <p>EclipseLink accepts one session customizer per persistence unit; a project with its own can extend this class
 * and call {@code super.customize(session)}.
 */
public class AlchemySessionCustomizer implements SessionCustomizer {
    /** For EclipseLink, which instantiates the class named in the persistence unit. */
    public AlchemySessionCustomizer() {}

    @Override
    public void customize(Session session) throws Exception {
        SnakeCaseTables.apply(session);
        ModelColumnTypes.apply(session);
        new AlchemyColumnTypes().customize(session);
    }
}
