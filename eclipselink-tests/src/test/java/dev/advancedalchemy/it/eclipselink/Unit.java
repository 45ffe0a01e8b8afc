package dev.advancedalchemy.it.eclipselink;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A persistence unit as a container (Payara) or {@code Persistence.createEntityManagerFactory} hands it to
 * EclipseLink: a root holding only the application's entity (so a library's converters are not in it, as they are
 * not in a WAR's {@code WEB-INF/classes}), the {@code <class>} entries, {@code <exclude-unlisted-classes>} and the
 * properties.
 */
record Unit(String name, List<Class<?>> listed, boolean excludeUnlisted, Class<?> entity, Map<String, String> props) {

    /** The one property the documentation tells users to set. */
    static Map<String, String> documentedProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("eclipselink.metadata-source", "dev.advancedalchemy.eclipselink.AlchemyMetadataSource");
        return p;
    }

    EntityManagerFactory create() {
        Map<String, Object> all = new HashMap<>(props);
        all.put("jakarta.persistence.schema-generation.database.action", "drop-and-create");
        all.put("eclipselink.weaving", "false");
        all.put("eclipselink.logging.level", "WARNING");
        // read what the database holds, not what the writing transaction left in the shared cache
        all.put("eclipselink.cache.shared.default", "false");
        ClassLoader loader = Unit.class.getClassLoader();
        List<String> classes = listed.stream().map(Class::getName).toList();
        URL root = rootHolding(entity);
        PersistenceUnitInfo info = (PersistenceUnitInfo) Proxy.newProxyInstance(
                loader, new Class<?>[] {PersistenceUnitInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPersistenceUnitName" -> name;
                    case "getPersistenceProviderClassName" -> "org.eclipse.persistence.jpa.PersistenceProvider";
                    case "getTransactionType" -> PersistenceUnitTransactionType.RESOURCE_LOCAL;
                    case "getManagedClassNames" -> new ArrayList<>(classes);
                    case "getMappingFileNames", "getJarFileUrls", "getQualifierAnnotationNames" -> new ArrayList<>();
                    case "getPersistenceUnitRootUrl" -> root;
                    case "excludeUnlistedClasses" -> excludeUnlisted;
                    case "getSharedCacheMode" -> SharedCacheMode.UNSPECIFIED;
                    case "getValidationMode" -> ValidationMode.NONE;
                    case "getProperties" -> new Properties();
                    case "getPersistenceXMLSchemaVersion" -> "3.0";
                    case "getClassLoader", "getNewTempClassLoader" -> loader;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "unit " + name;
                    default -> null; // data sources, transformers, scope annotation: not used here
                });
        try {
            PersistenceProvider provider =
                    (PersistenceProvider) Class.forName("org.eclipse.persistence.jpa.PersistenceProvider")
                            .getDeclaredConstructor()
                            .newInstance();
            return provider.createContainerEntityManagerFactory(info, all);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A directory with only {@code entity}'s class file, in its package folder. */
    private static URL rootHolding(Class<?> entity) {
        String file = entity.getName().replace('.', '/') + ".class";
        try {
            Path root = Files.createTempDirectory("unit-root");
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            try (var in = entity.getClassLoader().getResourceAsStream(file)) {
                Files.copy(in, target);
            }
            root.toFile().deleteOnExit();
            return root.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
