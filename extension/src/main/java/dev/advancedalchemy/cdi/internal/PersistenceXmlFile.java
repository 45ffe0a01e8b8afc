package dev.advancedalchemy.cdi.internal;

import java.net.URL;
import java.util.List;

/**
 * One {@code META-INF/persistence.xml} as read leniently (well-formed XML, no schema): what the deployment checks
 * and the error messages need.
 *
 * @param url where the file is
 * @param rootLine the line of the root element's start tag
 * @param namespace the root element's namespace, {@code ""} for none
 * @param schemaLocation whether the root element carries {@code xsi:schemaLocation}
 * @param schemaFile the file name of the schema for the root namespace in {@code xsi:schemaLocation} (for example
 *     {@code persistence_3_0.xsd}), {@code ""} for none
 * @param units the persistence units, in file order
 */
record PersistenceXmlFile(
        URL url, int rootLine, String namespace, boolean schemaLocation, String schemaFile, List<Unit> units) {
    /** The namespace of Jakarta Persistence 3.x files. */
    static final String JAKARTA = "https://jakarta.ee/xml/ns/persistence";

    /** The root element to write for Jakarta Persistence 3.0 and 3.1, which share one schema. */
    static final String ROOT_3_0 = "<persistence xmlns=\"" + JAKARTA + "\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"" + JAKARTA + " " + JAKARTA + "/persistence_3_0.xsd\" version=\"3.0\">";

    PersistenceXmlFile {
        units = List.copyOf(units);
    }

    /** Whether the root element names the Jakarta namespace and the schema it is validated against. */
    boolean declaresSchema() {
        return JAKARTA.equals(namespace) && schemaLocation;
    }

    /** The file as messages name it: {@code META-INF/persistence.xml (<url>)}. */
    String label() {
        return "META-INF/persistence.xml (" + url + ")";
    }

    /**
     * One persistence unit.
     *
     * @param name its name
     * @param connection whether the file gives it a database: a data source or a JDBC URL property
     */
    record Unit(String name, boolean connection) {}
}
