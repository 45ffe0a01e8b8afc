package dev.advancedalchemy.eclipselink;

import dev.advancedalchemy.types.internal.eclipselink.ShippedConverters;
import dev.advancedalchemy.types.internal.eclipselink.UnitCustomizer;
import dev.advancedalchemy.types.spi.eclipselink.EclipseLinkContribution;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.metadata.XMLMetadataSource;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.jspecify.annotations.Nullable;

/**
 * The one setting an EclipseLink persistence unit needs for Advanced Alchemy, on EclipseLink 5 and on EclipseLink 4
 * (Payara 6 and other Jakarta EE 10 servers):
 *
 * <pre>{@code
 * <property name="eclipselink.metadata-source" value="dev.advancedalchemy.eclipselink.AlchemyMetadataSource"/>
 * }</pre>
 *
 * <p>It does two things, at the two moments EclipseLink lets a library take part:
 *
 * <ol>
 *   <li>While EclipseLink reads the unit's metadata, it registers every converter the alchemy jars on the class path
 *       ship ({@code EncryptedString}, {@code JsonMapConverter}, {@code FileObjectConverter}, …), so
 *       {@code @Convert(converter = X.class)} works without a {@code <class>} entry, whatever
 *       {@code <exclude-unlisted-classes>} says. EclipseLink only knows converters that are listed, found in the
 *       unit's own root or declared in mapping metadata; a library's jar is none of those, and this happens before
 *       any session customizer runs.
 *   <li>It sets the unit's session customizer: snake_case table names and per-table sequences, the model layer's
 *       UUID and microsecond timestamp columns, the column declarations and bindings of the JSON, UTC date-time and
 *       GUID converters per database, value-free errors for encrypted and hashed columns, rejection of
 *       {@code @PgCrypto} attributes, and — when alchemy-storage is on the class path — the file lifecycle's session
 *       listener. A session customizer the unit names itself ({@code eclipselink.session.customizer}) keeps working:
 *       it runs after ours.
 * </ol>
 *
 * <p>Hibernate ignores the property; Hibernate ORM needs no setting at all.
 *
 * <p>EclipseLink accepts one metadata source per unit. A unit that needs its own can extend this class and call
 * {@code super} from {@link #getEntityMappingsReader} and {@link #getPropertyOverrides}.
 */
public class AlchemyMetadataSource extends XMLMetadataSource {
    private static final String SESSION_CUSTOMIZER = PersistenceUnitProperties.SESSION_CUSTOMIZER;

    /** EclipseLink creates one metadata source per unit: the contributions are loaded once and used twice. */
    private @Nullable List<EclipseLinkContribution> contributions;

    /** For EclipseLink, which instantiates the class named in the persistence unit. */
    public AlchemyMetadataSource() {}

    /**
     * Mapping metadata that declares every shipped converter visible to {@code classLoader}, read by EclipseLink
     * before it processes the unit's classes.
     */
    @Override
    public Reader getEntityMappingsReader(Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                // EclipseLink reads a metadata source in its own ORM format (valid for EclipseLink 4 and 5); a
                // <converter> without a name is a JPA AttributeConverter
                .append("<entity-mappings xmlns=\"http://www.eclipse.org/eclipselink/xsds/persistence/orm\"")
                .append(" version=\"2.5\">\n");
        for (String converter : converterClassNames(classLoader)) {
            xml.append("  <converter class=\"").append(converter).append("\"/>\n");
        }
        return new StringReader(xml.append("</entity-mappings>\n").toString());
    }

    /**
     * Sets {@code eclipselink.session.customizer} to the alchemy customizer, which runs the unit's own customizer (if
     * it names one) last.
     *
     * @throws IllegalStateException when the unit's own session customizer cannot be loaded or created
     */
    @Override
    public Map<String, Object> getPropertyOverrides(
            Map<String, Object> properties, ClassLoader classLoader, SessionLog log) {
        Map<String, Object> overrides = new HashMap<>();
        // EclipseLink reads its properties from the unit, then from system properties
        Object own = properties.containsKey(SESSION_CUSTOMIZER)
                ? properties.get(SESSION_CUSTOMIZER)
                : System.getProperty(SESSION_CUSTOMIZER);
        if (own instanceof UnitCustomizer) {
            overrides.put(SESSION_CUSTOMIZER, own); // already ours (metadata refreshed)
        } else {
            overrides.put(
                    SESSION_CUSTOMIZER, new UnitCustomizer(contributions(classLoader), application(own, classLoader)));
        }
        return overrides;
    }

    private static @Nullable SessionCustomizer application(@Nullable Object configured, ClassLoader loader) {
        if (configured == null || configured instanceof String name && name.isBlank()) {
            return null;
        }
        if (configured instanceof SessionCustomizer customizer) {
            return customizer;
        }
        String name = configured.toString().trim();
        try {
            return (SessionCustomizer)
                    Class.forName(name, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new IllegalStateException(
                    "cannot create the session customizer " + name + " named by " + SESSION_CUSTOMIZER
                            + "; it must be a public SessionCustomizer with a public no-argument constructor",
                    e);
        }
    }

    /** The converters of alchemy-types and of every contribution whose classes {@code loader} can see. */
    private Set<String> converterClassNames(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        ShippedConverters.TYPES.forEach(type -> names.add(type.getName()));
        for (EclipseLinkContribution contribution : contributions(loader)) {
            names.addAll(contribution.converterClassNames());
        }
        names.removeIf(name -> loader.getResource(name.replace('.', '/') + ".class") == null);
        return names;
    }

    /** The contributions of this unit, loaded on first use. */
    private List<EclipseLinkContribution> contributions(ClassLoader loader) {
        if (contributions == null) {
            contributions = load(loader);
        }
        return contributions;
    }

    /** The contributions visible to the unit's class loader and to this class's, each once. */
    private static List<EclipseLinkContribution> load(ClassLoader loader) {
        Map<String, EclipseLinkContribution> found = new LinkedHashMap<>();
        for (ClassLoader l : new ClassLoader[] {loader, AlchemyMetadataSource.class.getClassLoader()}) {
            try {
                for (EclipseLinkContribution c : ServiceLoader.load(EclipseLinkContribution.class, l)) {
                    found.putIfAbsent(c.getClass().getName(), c);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException(
                        "cannot load an alchemy EclipseLink contribution: " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(found.values());
    }
}
