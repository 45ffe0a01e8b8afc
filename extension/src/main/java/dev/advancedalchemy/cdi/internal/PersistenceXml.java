package dev.advancedalchemy.cdi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The persistence unit names declared in every {@code META-INF/persistence.xml} on the class path, and the rule
 * for the default unit {@code ""} (the only unit declared).
 *
 * @param units the names in declaration order
 */
record PersistenceXml(List<String> units) {
    PersistenceXml {
        units = List.copyOf(units);
    }

    static PersistenceXml read(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/persistence.xml");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    NodeList nodes =
                            factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
                    for (int i = 0; i < nodes.getLength(); i++) {
                        names.add(((Element) nodes.item(i)).getAttribute("name"));
                    }
                }
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read META-INF/persistence.xml: " + e.getMessage(), e);
        }
        return new PersistenceXml(new ArrayList<>(names));
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
