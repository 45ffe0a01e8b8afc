package dev.advancedalchemy.cdi.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code META-INF/persistence.xml} on the class path, read leniently ({@link PersistenceXmlParser}), and the
 * rule for the default unit {@code ""} (the only unit declared).
 *
 * @param files the files in class path order
 * @param units the unit names in declaration order, each once (derived from {@code files}; the transaction
 *     interceptor resolves the default unit on every outermost call, so they are worked out once)
 */
record PersistenceXml(List<PersistenceXmlFile> files, List<String> units) {
    PersistenceXml {
        files = List.copyOf(files);
        units = List.copyOf(units);
    }

    PersistenceXml(List<PersistenceXmlFile> files) {
        this(files, namesOf(files));
    }

    private static List<String> namesOf(List<PersistenceXmlFile> files) {
        Set<String> names = new LinkedHashSet<>();
        files.forEach(f -> f.units().forEach(u -> names.add(u.name())));
        return new ArrayList<>(names);
    }

    /**
     * Reads every file {@code loader} sees.
     *
     * @throws dev.advancedalchemy.exceptions.AdvancedAlchemyException {@value PersistenceXmlErrors#ID} for a file that
     *     is not well-formed XML
     */
    static PersistenceXml read(ClassLoader loader) {
        Set<URL> urls = new LinkedHashSet<>();
        try {
            urls.addAll(Collections.list(loader.getResources("META-INF/persistence.xml")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list META-INF/persistence.xml: " + e.getMessage(), e);
        }
        List<PersistenceXmlFile> files = new ArrayList<>();
        for (URL url : urls) {
            files.add(PersistenceXmlParser.parse(url));
        }
        return new PersistenceXml(files);
    }

    /** The declaration of the unit named {@code name} (the first one, as providers take it). */
    Optional<PersistenceXmlFile.Unit> unit(String name) {
        return files.stream()
                .flatMap(f -> f.units().stream())
                .filter(u -> u.name().equals(name))
                .findFirst();
    }

    /** The declared name of {@code unit}, resolving {@code ""}; null if it does not resolve. */
    @Nullable
    String resolve(String unit) {
        if (unit.isEmpty()) {
            return units.size() == 1 ? units.get(0) : null;
        }
        return units.contains(unit) ? unit : null;
    }

    /** Why {@code unit} cannot be used, or null if it can. */
    @Nullable
    String problemWith(String unit) {
        if (resolve(unit) != null) {
            return null;
        }
        if (unit.isEmpty()) {
            return units.isEmpty()
                    ? "uses the default persistence unit, but there is no META-INF/persistence.xml and no @Default"
                            + " EntityManager bean; add a persistence.xml or produce an EntityManager"
                    : "uses the default persistence unit, but persistence.xml declares " + units.size() + " units "
                            + units + "; name one with @AlchemyRepository(unit = \"…\")";
        }
        return "persistence unit '" + unit + "' does not exist; persistence.xml declares " + units
                + ". Fix @AlchemyRepository(unit = …), add the unit to META-INF/persistence.xml, or produce an"
                + " EntityManager qualified @Unit(\"" + unit + "\")";
    }
}
