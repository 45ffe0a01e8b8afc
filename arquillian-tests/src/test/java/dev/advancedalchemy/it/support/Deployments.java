package dev.advancedalchemy.it.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds the ShrinkWrap archive a scenario deploys to Arquillian Weld embedded: exactly the given classes (so each
 * scenario sees only its own beans and repositories), an empty {@code beans.xml} (CDI 4 "annotated" discovery, so
 * repositories are found through the {@code @AlchemyRepository} stereotype) and the scenario's MicroProfile Config
 * as {@code META-INF/microprofile-config.properties}, which the deployment's class loader serves to SmallRye Config.
 * {@link #discoveringAll} makes every class a bean instead ({@code bean-discovery-mode="all"}), for scenarios whose
 * beans use {@code @jakarta.inject.Singleton}, which is not a bean-defining annotation.
 */
public final class Deployments {
    private Deployments() {}

    public static JavaArchive archive(String name, Map<String, String> config, Class<?>... classes) {
        return withConfig(
                ShrinkWrap.create(JavaArchive.class, name + ".jar")
                        .addClasses(classes)
                        .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"),
                config);
    }

    public static JavaArchive discoveringAll(String name, Map<String, String> config, Class<?>... classes) {
        return withConfig(
                ShrinkWrap.create(JavaArchive.class, name + ".jar")
                        .addClasses(classes)
                        .addAsManifestResource(new StringAsset(ALL), "beans.xml"),
                config);
    }

    private static final String ALL =
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\"" + " bean-discovery-mode=\"all\"/>\n";

    private static JavaArchive withConfig(JavaArchive archive, Map<String, String> config) {
        if (!config.isEmpty()) {
            String properties = new TreeMap<>(config)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("\n", "", "\n"));
            archive.addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        }
        return archive;
    }
}
