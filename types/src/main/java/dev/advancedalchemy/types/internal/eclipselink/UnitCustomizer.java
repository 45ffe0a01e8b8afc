package dev.advancedalchemy.types.internal.eclipselink;

import dev.advancedalchemy.base.internal.eclipselink.ModelColumnTypes;
import dev.advancedalchemy.base.internal.eclipselink.SnakeCaseTables;
import dev.advancedalchemy.types.spi.eclipselink.EclipseLinkContribution;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.jspecify.annotations.Nullable;

/**
 * The session customizer {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} installs: snake_case tables and
 * per-table sequences, the model layer's UUID and timestamp columns, the converters' column declarations and
 * secret-safe errors, @PgCrypto rejection, then what other alchemy artifacts contribute (the file lifecycle), and
 * last the application's own session customizer, if the unit names one.
 */
public final class UnitCustomizer implements SessionCustomizer {
    private final List<EclipseLinkContribution> contributions;
    private final @Nullable SessionCustomizer application;

    /**
     * @param contributions what other alchemy artifacts add
     * @param application the session customizer the unit named itself, run after ours; {@code null} for none
     */
    public UnitCustomizer(List<EclipseLinkContribution> contributions, @Nullable SessionCustomizer application) {
        this.contributions = List.copyOf(contributions);
        this.application = application;
    }

    /**
     * Customizes {@code session}.
     *
     * @throws dev.advancedalchemy.exceptions.RepositoryDefinitionException for a {@code @PgCrypto} attribute, or a
     *     converter that cannot be loaded or created; the message names the entity and attribute
     */
    @Override
    public void customize(Session session) throws Exception {
        SnakeCaseTables.apply(session);
        ModelColumnTypes.apply(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            PgCryptoGuard.check(descriptor);
            ColumnTypeInstaller.install(descriptor);
            SecretSafeInstaller.install(descriptor);
        }
        for (EclipseLinkContribution contribution : contributions) {
            contribution.customize(session);
        }
        if (application != null) {
            application.customize(session);
        }
    }

    /** The application's session customizer this one runs last, if any. */
    public @Nullable SessionCustomizer application() {
        return application;
    }
}
