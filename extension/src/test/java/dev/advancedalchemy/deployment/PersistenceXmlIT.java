package dev.advancedalchemy.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.testing.cdi.SeContainer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistence.xml that is not well-formed, or that the provider (EclipseLink) refuses, fails deployment with
 * ALCH-1301 naming the file by URL, the line and the fix; the error belongs to the file, not to the repositories of
 * its unit. The extension itself reads persistence.xml leniently: whether a file must match the schema is the
 * provider's rule (Hibernate accepts a file without namespace or xsi:schemaLocation, EclipseLink does not).
 */
class PersistenceXmlIT {
    private static final Map<String, String> H2 = Map.of("alchemy.units.files.url", "jdbc:h2:mem:files");

    private static final String UNIT = """
              <persistence-unit name="files" transaction-type="RESOURCE_LOCAL">
                <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                <class>dev.advancedalchemy.deployment.Note</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
              </persistence-unit>
            </persistence>
            """;

    private static final String FIX = "fix: write the root element as <persistence"
            + " xmlns=\"https://jakarta.ee/xml/ns/persistence\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"https://jakarta.ee/xml/ns/persistence"
            + " https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd\" version=\"3.0\"> (Jakarta Persistence 3.0"
            + " and 3.1 share this schema; for 3.2 use persistence_3_2.xsd and version=\"3.2\")";

    @TempDir
    Path dir;

    /** Deploys the repository {@link Notes} with {@code loader}'s persistence.xml; returns what the start threw. */
    private static Throwable deploy(OwnPersistenceXml loader) {
        return loader.run(
                () -> catchThrowable(() -> SeContainer.start(H2, Notes.class).close()));
    }

    private static AdvancedAlchemyException alchemyError(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AdvancedAlchemyException e) {
                return e;
            }
        }
        throw new AssertionError("no AdvancedAlchemyException in the cause chain", thrown);
    }

    @Test
    void withoutSchemaLocationTheErrorNamesTheFileTheLineAndTheRootElementToWrite() {
        OwnPersistenceXml loader = OwnPersistenceXml.inDirectory(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                """ + UNIT);

        AdvancedAlchemyException e = alchemyError(deploy(loader));

        assertThat(e).isNotInstanceOf(RepositoryDefinitionException.class);
        assertThat(e.getMessage())
                .isEqualTo("ALCH-1301: META-INF/persistence.xml (" + loader.file() + ") line 2: EclipseLink refused"
                        + " it: cvc-elt.1.a: Cannot find the declaration of element 'persistence'. (EclipseLink"
                        + " validates the file against the schema that the root element names, and <persistence> has"
                        + " no xsi:schemaLocation) — " + FIX)
                .doesNotContain("Notes");
    }

    @Test
    void inAJarWithoutNamespaceTheErrorNamesTheJarUrl() {
        OwnPersistenceXml loader = OwnPersistenceXml.inJar(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- no namespace: Hibernate reads this, EclipseLink does not -->
                <persistence version="3.0">
                """ + UNIT);

        AdvancedAlchemyException e = alchemyError(deploy(loader));

        assertThat(loader.file().toString()).startsWith("jar:file:").endsWith(".jar!/META-INF/persistence.xml");
        assertThat(e.getMessage())
                .isEqualTo("ALCH-1301: META-INF/persistence.xml (" + loader.file() + ") line 3: EclipseLink refused"
                        + " it: cvc-elt.1.a: Cannot find the declaration of element 'persistence'. (EclipseLink"
                        + " validates the file against the schema that the root element names, and <persistence> has"
                        + " no namespace and no xsi:schemaLocation) — " + FIX);
    }

    @Test
    void anElementTheSchemaDoesNotKnowIsReportedAtItsLine() {
        OwnPersistenceXml loader = OwnPersistenceXml.inDirectory(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd"
                             version="3.0">
                  <persistence-unit name="files" transaction-type="RESOURCE_LOCAL">
                    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                    <clas>dev.advancedalchemy.deployment.Note</clas>
                  </persistence-unit>
                </persistence>
                """);

        AdvancedAlchemyException e = alchemyError(deploy(loader));

        assertThat(e.getMessage())
                .startsWith("ALCH-1301: META-INF/persistence.xml (" + loader.file() + ") line 8: EclipseLink refused"
                        + " it: cvc-complex-type.2.4.a: Invalid content was found starting with element")
                .contains("clas")
                .endsWith(" — fix: correct the file at that line so that it matches persistence_3_0.xsd (the schema"
                        + " its xsi:schemaLocation names)");
    }

    @Test
    void aFileThatIsNotWellFormedFailsBeforeAnyProviderReadsIt() {
        OwnPersistenceXml loader = OwnPersistenceXml.inDirectory(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="files">
                    <class>dev.advancedalchemy.deployment.Note</class>
                  </persistence-unt>
                </persistence>
                """);

        AdvancedAlchemyException e = alchemyError(deploy(loader));

        assertThat(e.getMessage())
                .isEqualTo(
                        "ALCH-1301: META-INF/persistence.xml (" + loader.file() + ") line 5: The element type"
                                + " \"persistence-unit\" must be terminated by the matching end-tag \"</persistence-unit>\". —"
                                + " fix: correct the XML at that line; no JPA provider reads a file that is not well-formed XML");
    }
}
