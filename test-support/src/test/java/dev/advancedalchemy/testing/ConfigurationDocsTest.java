package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} lists exactly the {@code alchemy.*} keys the library's code reads. The keys are read
 * off the classes that read configuration (each with the pattern of its look-ups), and every main source file that
 * names an {@code "alchemy.} literal must be one of them, so a new configuration class cannot go unchecked.
 */
class ConfigurationDocsTest {
    /** A class that reads configuration: how its key names appear in its code, and the full key they stand for. */
    private record Reader(String file, Pattern lookup, String template) {
        Reader(String file, String lookup, String template) {
            this(file, Pattern.compile(lookup), template);
        }
    }

    private static final List<Reader> READERS = List.of(
            new Reader(
                    "extension/src/main/java/dev/advancedalchemy/cdi/internal/UnitOverrides.java",
                    "prefix \\+ \"([a-z-]+)\"",
                    "alchemy.units.<unit>.$1"),
            new Reader(
                    "extension/src/main/java/dev/advancedalchemy/cdi/internal/UnitOverrides.java",
                    "prefix \\+ \"(properties)\\.\"",
                    "alchemy.units.<unit>.$1.<jpa-property>"),
            new Reader(
                    "extension/src/main/java/dev/advancedalchemy/tx/internal/TransactionSettings.java",
                    "= \"\\.([a-z.-]+)\";",
                    "alchemy.units.<unit>.$1"),
            new Reader(
                    "types/src/main/java/dev/advancedalchemy/types/internal/crypto/EncryptionKeyConfig.java",
                    "\"(alchemy\\.encryption\\.[a-z]+)\"",
                    "$1"),
            new Reader(
                    "types/src/main/java/dev/advancedalchemy/types/internal/crypto/EncryptionKeyConfig.java",
                    "DEFAULT_KEYS \\+ \"\\.\" \\+ keyName",
                    "alchemy.encryption.keys.<key-name>"),
            new Reader(
                    "storage/src/main/java/dev/advancedalchemy/storage/internal/StorageConfig.java",
                    "(?:settings\\.(?:get|getOrDefault|remove|containsKey)\\(|required\\(name, settings, )\"([a-z-]+)\"",
                    "alchemy.storage.<name>.$1"),
            new Reader(
                    "storage-s3/src/main/java/dev/advancedalchemy/storage/s3/S3BackendFactory.java",
                    "settings\\.(?:get|getOrDefault|containsKey)\\(\"([a-z-]+)\"",
                    "alchemy.storage.<name>.$1"),
            // names the key its fix tells the user to set
            new Reader(
                    "repository/src/main/java/dev/advancedalchemy/repository/internal/MissingTransaction.java",
                    "\"alchemy\\.units\\.\" \\+ .+? \\+ \"\\.([a-z-]+)\"",
                    "alchemy.units.<unit>.$1"));

    /**
     * Classes that name no key, only the {@code "alchemy."} namespace (to find the keys an application wrote for a
     * MicroProfile Config implementation that is missing); that literal must be their only one.
     */
    private static final Set<String> NAMESPACE_ONLY =
            Set.of("types/src/main/java/dev/advancedalchemy/types/spi/MicroProfileConfigPresence.java");

    private static final Pattern ALCHEMY_LITERAL = Pattern.compile("\"alchemy\\.");
    private static final Pattern DOCUMENTED_KEY = Pattern.compile("(?m)^\\| `(alchemy\\.[^`]+)` \\|");

    @Test
    void everyKeyTheCodeReadsIsDocumentedAndEveryDocumentedKeyIsRead() throws IOException {
        Path root = ProjectTree.root();
        Set<String> read = new TreeSet<>();
        for (Reader reader : READERS) {
            Set<String> found = keys(reader, Files.readString(root.resolve(reader.file())));
            assertThat(found)
                    .as("keys read by %s with %s", reader.file(), reader.lookup())
                    .isNotEmpty();
            read.addAll(found);
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = DOCUMENTED_KEY.matcher(Files.readString(root.resolve("docs/configuration.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }

        assertThat(read)
                .as("keys read in the code but missing from docs/configuration.md")
                .isSubsetOf(documented);
        assertThat(documented)
                .as("keys in docs/configuration.md that no code reads")
                .isSubsetOf(read);
        assertThat(read).contains("alchemy.units.<unit>.commit-mode", "alchemy.storage.<name>.bucket");
    }

    @Test
    void everyClassNamingAnAlchemyKeyIsOneOfTheCheckedReaders() throws IOException {
        Path root = ProjectTree.root();
        Set<String> readers = new TreeSet<>();
        READERS.forEach(r -> readers.add(r.file()));
        Set<String> naming = new TreeSet<>();
        for (Path f : ProjectTree.librarySources(root)) {
            String source = withoutComments(Files.readString(f));
            String file = root.relativize(f).toString().replace('\\', '/');
            if (NAMESPACE_ONLY.contains(file)) {
                assertThat(ALCHEMY_LITERAL.matcher(source).results().count())
                        .as("%s names only \"alchemy.\"", file)
                        .isEqualTo(source.split("\"alchemy\\.\"", -1).length - 1);
            } else if (ALCHEMY_LITERAL.matcher(source).find()) {
                naming.add(file);
            }
        }
        assertThat(naming)
                .as("classes with an \"alchemy.…\" literal: add each new one to READERS and its keys to the docs")
                .isNotEmpty()
                .isSubsetOf(readers);
    }

    private static Set<String> keys(Reader reader, String source) {
        Set<String> keys = new TreeSet<>();
        Matcher m = reader.lookup().matcher(withoutComments(source));
        while (m.find()) {
            keys.add(expand(reader, m));
        }
        return keys;
    }

    private static String expand(Reader reader, Matcher m) {
        String key = reader.template();
        for (int g = m.groupCount(); g >= 1; g--) {
            key = key.replace("$" + g, m.group(g));
        }
        return key;
    }

    /** The source without block and line comments, so that javadoc examples do not count as look-ups. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }
}
