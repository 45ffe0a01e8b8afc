package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one error catalogue: every message id the library's code raises ({@code "ALCH-1xxx"} literals in the
 * {@code src/main/java} trees of the project's modules) has a row in {@code docs/errors.md}, and every row there is
 * still raised somewhere.
 */
class ErrorCatalogueTest {
    private static final Pattern ID_LITERAL = Pattern.compile("\"(ALCH-\\d{4})\"");
    private static final Pattern ID_ROW = Pattern.compile("(?m)^\\| (ALCH-\\d{4}) \\|");

    @Test
    void everyIdInTheCodeIsDocumentedAndEveryDocumentedIdIsUsed() throws IOException {
        Path root = ProjectTree.root();
        Set<String> inCode = idsInCode(root);
        Set<String> documented = matches(ID_ROW, Files.readString(root.resolve("docs/errors.md")));

        assertThat(inCode).as("ids found in the code").hasSizeGreaterThan(30).contains("ALCH-1201", "ALCH-1464");
        assertThat(new TreeSet<>(inCode))
                .as("ids raised in the code but missing from docs/errors.md")
                .isSubsetOf(documented);
        assertThat(new TreeSet<>(documented))
                .as("ids in docs/errors.md that no code raises any more")
                .isSubsetOf(inCode);
    }

    private static Set<String> idsInCode(Path root) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Path file : ProjectTree.librarySources(root)) {
            ids.addAll(matches(ID_LITERAL, Files.readString(file)));
        }
        return ids;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
