package dev.advancedalchemy.types.it;

import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds an EntityManagerFactory for EclipseLink 5 or plain Hibernate 7 without a persistence.xml (other test
 * classes of this module own that file), the way a container would.
 */
enum Units {
    ECLIPSELINK("org.eclipse.persistence.jpa.PersistenceProvider"),
    HIBERNATE("org.hibernate.jpa.HibernatePersistenceProvider");

    /**
     * The application's own converters the entities name; EclipseLink only accepts listed ones when unlisted classes
     * are excluded. The converters the library ships need no entry: the unit's metadata source registers them.
     */
    private static final List<Class<?>> CONVERTERS = List.of(ProfileJson.class, AddressesJson.class);

    private final String providerClass;

    Units(String providerClass) {
        this.providerClass = providerClass;
    }

    EntityManagerFactory create(TestDatabase db, Class<?>... entities) {
        Map<String, Object> props = new HashMap<>(db.jpaProperties());
        props.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        if (this == ECLIPSELINK) {
            props.put("eclipselink.metadata-source", "dev.advancedalchemy.eclipselink.AlchemyMetadataSource");
            props.put("eclipselink.weaving", "false");
            props.put("eclipselink.logging.level", "WARNING");
        }
        ClassLoader loader = Units.class.getClassLoader();
        List<String> classes = java.util.stream.Stream.concat(java.util.Arrays.stream(entities), CONVERTERS.stream())
                .map(Class::getName)
                .toList();
        PersistenceUnitInfo info = (PersistenceUnitInfo) Proxy.newProxyInstance(
                loader, new Class<?>[] {PersistenceUnitInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPersistenceUnitName" -> "jsontypes-" + name().toLowerCase(java.util.Locale.ROOT);
                    case "getPersistenceProviderClassName" -> providerClass;
                    case "getTransactionType" -> PersistenceUnitTransactionType.RESOURCE_LOCAL;
                    case "getManagedClassNames" -> classes;
                    case "getMappingFileNames", "getJarFileUrls", "getQualifierAnnotationNames" -> List.of();
                    case "getPersistenceUnitRootUrl" ->
                        Units.class.getProtectionDomain().getCodeSource().getLocation();
                    case "excludeUnlistedClasses" -> true;
                    case "getSharedCacheMode" -> SharedCacheMode.UNSPECIFIED;
                    case "getValidationMode" -> ValidationMode.NONE;
                    case "getProperties" -> new Properties();
                    case "getPersistenceXMLSchemaVersion" -> "3.0";
                    case "getClassLoader", "getNewTempClassLoader" -> loader;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "unit " + name();
                    default -> null; // data sources, transformers, scope annotation: not used here
                });
        try {
            var provider = (jakarta.persistence.spi.PersistenceProvider)
                    Class.forName(providerClass).getDeclaredConstructor().newInstance();
            return provider.createContainerEntityManagerFactory(info, props);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
