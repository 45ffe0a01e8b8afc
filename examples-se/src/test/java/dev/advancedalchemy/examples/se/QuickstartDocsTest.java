package dev.advancedalchemy.examples.se;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quickstarts of the repository's README.md and docs/quickstarts.md are the tested files, not copies that drift: every fenced code block
 * that follows a line {@code <!-- quickstart: <path relative to the repository root> -->} must be exactly that file
 * (a trailing newline aside), and the Java SE quickstart's files must all be shown.
 */
class QuickstartDocsTest {
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*quickstart:\\s*(\\S+)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*[\\w+-]*\\s*$");

    /** The files of the Java SE quickstart the README must show, relative to the repository root. */
    private static final List<String> SE_FILES = List.of(
            "examples-se/src/main/java/dev/advancedalchemy/examples/se/User.java",
            "examples-se/src/main/java/dev/advancedalchemy/examples/se/UserRepository.java",
            "examples-se/src/main/java/dev/advancedalchemy/examples/se/RepositoryExample.java",
            "examples-se/src/main/java/dev/advancedalchemy/examples/se/UserService.java",
            "examples-se/src/main/java/dev/advancedalchemy/examples/se/ServiceExample.java",
            "examples-se/src/main/resources/META-INF/persistence.xml",
            "examples-se/src/main/resources/META-INF/microprofile-config.properties",
            "examples-se/src/main/resources/META-INF/beans.xml");

    /** The pages that show quickstart files: the README's SE program, the rest in docs/quickstarts.md. */
    private static final List<String> PAGES = List.of("README.md", "docs/quickstarts.md");

    private static Path root;
    /** path → the block's text, in README order. */
    private static Map<String, String> blocks;

    @BeforeAll
    static void readThePages() throws IOException {
        root = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .getParent();
        List<String> lines = new ArrayList<>();
        for (String page : PAGES) {
            Path file = root.resolve(page);
            assertThat(file)
                    .as("%s of the repository, read from the module folder", page)
                    .isRegularFile();
            lines.addAll(Files.readAllLines(file));
        }
        blocks = quickstartBlocks(lines);
    }

    @Test
    void everyQuickstartBlockIsExactlyItsFile() throws IOException {
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            Path file = root.resolve(block.getKey()).normalize();
            assertThat(file.startsWith(root))
                    .as("%s is outside the repository", block.getKey())
                    .isTrue();
            assertThat(file)
                    .as("the pages show a quickstart file that does not exist")
                    .isRegularFile();
            assertThat(block.getValue())
                    .as("the block for %s differs from the file: copy the file into the page", block.getKey())
                    .isEqualTo(withoutTrailingNewline(Files.readString(file)));
        }
    }

    @Test
    void thePagesShowEveryFileOfTheJavaSeQuickstart() {
        assertThat(blocks.keySet())
                .as("`<!-- quickstart: path -->` blocks of README.md and docs/quickstarts.md")
                .containsAll(SE_FILES);
    }

    /** The blocks that follow a marker line (blank lines may come between the two). */
    static Map<String, String> quickstartBlocks(List<String> lines) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).strip());
            if (!marker.matches()) {
                continue;
            }
            String path = marker.group(1);
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            Matcher fence = open < lines.size() ? FENCE.matcher(lines.get(open)) : null;
            if (fence == null || !fence.matches()) {
                throw new AssertionError("README.md / docs/quickstarts.md line " + (i + 1) + ": `<!-- quickstart: "
                        + path + " -->` must be followed by a fenced code block");
            }
            String closing = fence.group(1);
            List<String> body = new ArrayList<>();
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).strip().equals(closing)) {
                body.add(lines.get(close));
                close++;
            }
            if (close == lines.size()) {
                throw new AssertionError("README.md / docs/quickstarts.md line " + (open + 1) + ": the block of " + path
                        + " is not closed");
            }
            if (found.put(path, String.join("\n", body)) != null) {
                throw new AssertionError("the pages show " + path + " twice");
            }
            i = close;
        }
        return found;
    }

    private static String withoutTrailingNewline(String text) {
        String normalized = text.replace("\r\n", "\n");
        return normalized.endsWith("\n") ? normalized.substring(0, normalized.length() - 1) : normalized;
    }
}
