package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README is the landing page: it links every page under {@code docs/}, and no page links a missing file. */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void theReadmeLinksEveryDocsPage() throws IOException {
        Path root = ProjectTree.root();
        Set<String> linked = new TreeSet<>();
        for (String target : links(Files.readString(root.resolve("README.md")))) {
            linked.add(target);
        }
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(p -> pages.add("docs/" + p.getFileName()));
        }
        assertThat(pages).isNotEmpty().contains("docs/errors.md", "docs/configuration.md");
        assertThat(linked).as("pages linked from README.md").containsAll(pages);
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsLeadsToAFile() throws IOException {
        Path root = ProjectTree.root();
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            for (String target : links(Files.readString(file))) {
                if (!Files.exists(file.getParent().resolve(target))) {
                    broken.add(root.relativize(file) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    /** Relative link targets (no scheme, no pure anchors). */
    private static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            if (!m.group(1).contains(":")) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }
}
