package dev.advancedalchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The release contract of the build, read from the POM files themselves: the BOM lists exactly the published
 * modules at the project's version and repeats the parent's metadata (it has no parent, so that importing it does
 * not import the parent's third-party dependencyManagement); published modules carry what Maven Central needs;
 * modules that are not published switch every publishing step off.
 *
 * <p>A module is published when its POM does not set {@code maven.deploy.skip} to {@code true}.
 */
class ReleaseMetadataTest {
    private static final Set<String> SKIP_PROPERTIES =
            Set.of("maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip", "gpg.skip", "skipPublishing");

    private static Path root;
    private static Element parent;
    private static Element bom;
    /** module folder → its POM, for every module of the root reactor except the BOM. */
    private static final Map<String, Element> modules = new LinkedHashMap<>();

    @BeforeAll
    static void readPoms() throws Exception {
        root = ProjectTree.root();
        parent = read(root.resolve("pom.xml"));
        bom = read(root.resolve("bom/pom.xml"));
        for (Element module : children(child(parent, "modules").orElseThrow(), "module")) {
            String folder = module.getTextContent().trim();
            if (!folder.equals("bom")) {
                modules.put(folder, read(root.resolve(folder).resolve("pom.xml")));
            }
        }
    }

    @Test
    void theBomIsAModuleOfTheReactor() {
        List<String> folders = new ArrayList<>();
        children(child(parent, "modules").orElseThrow(), "module")
                .forEach(m -> folders.add(m.getTextContent().trim()));
        assertThat(folders).contains("bom");
    }

    @Test
    void theBomListsExactlyThePublishedModulesAtTheProjectVersion() {
        String groupId = text(parent, "groupId");
        Set<String> listed = new TreeSet<>();
        Element management = child(bom, "dependencyManagement").orElseThrow();
        for (Element dependency : children(child(management, "dependencies").orElseThrow(), "dependency")) {
            String artifactId = text(dependency, "artifactId");
            assertThat(text(dependency, "groupId")).as(artifactId).isEqualTo(groupId);
            assertThat(text(dependency, "version")).as(artifactId).isEqualTo("${project.version}");
            assertThat(listed.add(artifactId)).as("listed twice: " + artifactId).isTrue();
        }
        assertThat(listed)
                .as("bom/pom.xml must list every published module, and only those")
                .isEqualTo(published().keySet());
    }

    @Test
    void theBomHasNoParentAndTheProjectsCoordinates() {
        assertThat(child(bom, "parent"))
                .as("a parent would export its dependencyManagement")
                .isEmpty();
        assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        for (Element module : modules.values()) {
            Element parentRef = child(module, "parent").orElseThrow();
            assertThat(text(parentRef, "version"))
                    .as(text(module, "artifactId"))
                    .isEqualTo(text(parent, "version"));
        }
    }

    @Test
    void theBomRepeatsTheParentsMetadata() {
        for (String name :
                List.of("url", "inceptionYear", "organization", "licenses", "developers", "scm", "issueManagement")) {
            assertThat(child(bom, name).map(ReleaseMetadataTest::flat))
                    .as("<%s> in bom/pom.xml and pom.xml", name)
                    .isEqualTo(child(parent, name).map(ReleaseMetadataTest::flat))
                    .isPresent();
        }
        assertThat(property(bom, "project.build.outputTimestamp"))
                .isEqualTo(property(parent, "project.build.outputTimestamp"));
    }

    @Test
    void theBomUsesTheParentsPluginVersionsAndReleaseConfiguration() {
        Map<String, String> parentVersions = pluginVersions(parent);
        pluginVersions(bom)
                .forEach((plugin, version) -> assertThat(version).as(plugin).isEqualTo(parentVersions.get(plugin)));
        Element parentCentral = releasePlugin(parent, "central-publishing-maven-plugin");
        Element bomCentral = releasePlugin(bom, "central-publishing-maven-plugin");
        assertThat(flat(bomCentral)).isEqualTo(flat(parentCentral));
    }

    @Test
    void publishedModulesCarryNameDescriptionAndModuleName() {
        assertThat(published()).isNotEmpty();
        published().forEach((artifactId, pom) -> {
            assertThat(child(pom, "name")).as(artifactId + " <name>").isPresent();
            assertThat(child(pom, "description"))
                    .as(artifactId + " <description>")
                    .isPresent();
            assertThat(property(pom, "automatic.module.name"))
                    .as(artifactId + " automatic.module.name")
                    .hasValueSatisfying(name -> assertThat(name).matches("dev\\.advancedalchemy(\\.[a-z][a-z0-9]*)+"));
        });
    }

    @Test
    void everyJarModuleNamesItsAutomaticModule() {
        // the parent's maven-jar-plugin writes ${automatic.module.name} into every jar's manifest
        modules.forEach((folder, pom) -> {
            if (child(pom, "packaging").map(Node::getTextContent).orElse("jar").equals("jar")) {
                assertThat(property(pom, "automatic.module.name"))
                        .as(folder + " automatic.module.name")
                        .isPresent();
            }
        });
    }

    @Test
    void unpublishedModulesSwitchEveryPublishingStepOff() {
        modules.forEach((folder, pom) -> {
            if (!published().containsValue(pom)) {
                for (String skip : SKIP_PROPERTIES) {
                    assertThat(property(pom, skip)).as(folder + " " + skip).hasValue("true");
                }
            }
        });
    }

    private static Map<String, Element> published() {
        Map<String, Element> published = new LinkedHashMap<>();
        modules.values().forEach(pom -> {
            boolean skipped =
                    property(pom, "maven.deploy.skip").map("true"::equals).orElse(false);
            if (!skipped) {
                published.put(text(pom, "artifactId"), pom);
            }
        });
        return published;
    }

    private static Map<String, String> pluginVersions(Element pom) {
        Map<String, String> versions = new LinkedHashMap<>();
        Element plugins = child(
                        child(child(pom, "build").orElseThrow(), "pluginManagement")
                                .orElseThrow(),
                        "plugins")
                .orElseThrow();
        for (Element plugin : children(plugins, "plugin")) {
            child(plugin, "version").ifPresent(v -> versions.put(text(plugin, "artifactId"), v.getTextContent()));
        }
        return versions;
    }

    private static Element releasePlugin(Element pom, String artifactId) {
        for (Element profile : children(child(pom, "profiles").orElseThrow(), "profile")) {
            if (text(profile, "id").equals("release")) {
                Element plugins =
                        child(child(profile, "build").orElseThrow(), "plugins").orElseThrow();
                for (Element plugin : children(plugins, "plugin")) {
                    if (text(plugin, "artifactId").equals(artifactId)) {
                        return plugin;
                    }
                }
            }
        }
        throw new AssertionError("no " + artifactId + " in the release profile of " + text(pom, "artifactId"));
    }

    private static Optional<String> property(Element pom, String name) {
        return child(pom, "properties")
                .flatMap(p -> child(p, name))
                .map(e -> e.getTextContent().trim());
    }

    private static Element read(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setIgnoringComments(true);
        try (var in = Files.newInputStream(pom)) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name)
                .map(e -> e.getTextContent().trim())
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    /** An element's tags and texts without whitespace or comments, for comparing two POMs' sections. */
    private static String flat(Element element) {
        StringBuilder out = new StringBuilder("<" + element.getTagName() + ">");
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.append(flat(e));
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(n.getTextContent().trim());
            }
        }
        return out.append("</").append(element.getTagName()).append(">").toString();
    }
}
