package dev.advancedalchemy.cdi.internal;

import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Finds where a {@code persistence.xml} breaks the schema it names, with the schemas the Jakarta Persistence API jar
 * carries ({@code jakarta/persistence/persistence_3_0.xsd}, …). Used only to point at the line of a file a provider
 * has already refused without saying where (EclipseLink), never to refuse a file itself.
 */
final class PersistenceXmlSchema {
    private PersistenceXmlSchema() {}

    /** The first schema error of {@code file}, or empty when the schema is not at hand or the file matches it. */
    static Optional<SAXParseException> firstError(PersistenceXmlFile file) {
        if (!file.declaresSchema() || file.schemaFile().isEmpty()) {
            return Optional.empty();
        }
        ClassLoader api = Persistence.class.getClassLoader();
        @Nullable URL xsd = api == null ? null : api.getResource("jakarta/persistence/" + file.schemaFile());
        if (xsd == null) {
            return Optional.empty();
        }
        try (InputStream schemaIn = xsd.openStream();
                InputStream in = file.url().openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema = factory.newSchema(new StreamSource(schemaIn, xsd.toString()));
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            FirstError errors = new FirstError();
            validator.setErrorHandler(errors);
            validator.validate(new StreamSource(in, file.url().toString()));
            return Optional.ofNullable(errors.first);
        } catch (SAXParseException e) {
            return Optional.of(e);
        } catch (IOException | SAXException | RuntimeException e) {
            return Optional.empty(); // cannot tell where: the message then goes without a line
        }
    }

    private static final class FirstError implements ErrorHandler {
        private @Nullable SAXParseException first;

        @Override
        public void warning(SAXParseException e) {
            // not a refusal
        }

        @Override
        public void error(SAXParseException e) {
            if (first == null) {
                first = e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
