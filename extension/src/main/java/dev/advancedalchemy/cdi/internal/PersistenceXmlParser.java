package dev.advancedalchemy.cdi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one {@code persistence.xml} leniently: it must be well-formed XML, nothing more. Whether the file also matches
 * the Jakarta Persistence schema is the provider's decision (Hibernate accepts a file without namespace or
 * {@code xsi:schemaLocation}, EclipseLink refuses it), so the extension never rejects a file the provider would
 * accept; {@link PersistenceXmlErrors} explains the provider's refusal when it comes.
 */
final class PersistenceXmlParser extends DefaultHandler {
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final Set<String> CONNECTION_PROPERTIES = Set.of(
            "jakarta.persistence.jdbc.url",
            "javax.persistence.jdbc.url",
            "hibernate.connection.url",
            "jakarta.persistence.jtaDataSource",
            "jakarta.persistence.nonJtaDataSource",
            "javax.persistence.jtaDataSource",
            "javax.persistence.nonJtaDataSource",
            "hibernate.connection.datasource");

    private final URL url;
    private @Nullable Locator locator;
    private int depth;
    private int rootLine;
    private String namespace = "";
    private boolean schemaLocation;
    private String schemaFile = "";
    private final List<PersistenceXmlFile.Unit> units = new ArrayList<>();
    private @Nullable UnitBuilder unit;
    private final StringBuilder text = new StringBuilder();

    private PersistenceXmlParser(URL url) {
        this.url = url;
    }

    /**
     * Reads the file at {@code url}.
     *
     * @throws dev.advancedalchemy.exceptions.AdvancedAlchemyException {@value PersistenceXmlErrors#ID} if it cannot
     *     be read or is not well-formed XML, naming the file and the line
     */
    static PersistenceXmlFile parse(URL url) {
        PersistenceXmlParser handler = new PersistenceXmlParser(url);
        try (InputStream in = url.openStream()) {
            newParser().parse(in, handler);
        } catch (SAXParseException e) {
            throw PersistenceXmlErrors.malformed(url, e);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw PersistenceXmlErrors.unreadable(url, e);
        }
        return new PersistenceXmlFile(
                url, handler.rootLine, handler.namespace, handler.schemaLocation, handler.schemaFile, handler.units);
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        text.setLength(0);
        if (depth++ == 0) {
            rootLine = line();
            namespace = uri;
            String location = attributes.getValue(XSI, "schemaLocation");
            schemaLocation = location != null && !location.isBlank();
            schemaFile = location == null ? "" : schemaFileOf(location, uri);
            return;
        }
        if (localName.equals("persistence-unit")) {
            unit = new UnitBuilder(attributes.getValue("name"));
        } else if (unit != null
                && localName.equals("property")
                && CONNECTION_PROPERTIES.contains(attributes.getValue("name"))) {
            String value = attributes.getValue("value");
            unit.connection |= value != null && !value.isBlank();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        depth--;
        if (unit == null) {
            return;
        }
        String value = text.toString().trim();
        switch (localName) {
            case "jta-data-source", "non-jta-data-source" -> unit.connection |= !value.isEmpty();
            case "persistence-unit" -> {
                units.add(unit.build());
                unit = null;
            }
            default -> {
                // other elements do not matter here
            }
        }
        text.setLength(0);
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    /** The file name of the schema that {@code location} (pairs of namespace and URL) gives for {@code uri}. */
    private static String schemaFileOf(String location, String uri) {
        String[] parts = location.trim().split("\\s+");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (parts[i].equals(uri)) {
                return parts[i + 1].substring(parts[i + 1].lastIndexOf('/') + 1);
            }
        }
        return "";
    }

    private static final class UnitBuilder {
        private final String name;
        private boolean connection;

        UnitBuilder(@Nullable String name) {
            this.name = name == null ? "" : name;
        }

        PersistenceXmlFile.Unit build() {
            return new PersistenceXmlFile.Unit(name, connection);
        }
    }
}
