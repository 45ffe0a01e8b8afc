package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import java.net.URL;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXParseException;

/**
 * The {@value #ID} errors: a {@code persistence.xml} that is not well-formed, or that the provider refused. Each names
 * the file (its URL), the line and the fix, and belongs to the file, not to a repository.
 */
final class PersistenceXmlErrors {
    /** Message id: a persistence.xml cannot be read, or the provider refused it. */
    static final String ID = "ALCH-1301";

    // EclipseLink: "An exception was thrown while processing persistence.xml from URL: file:/…/"
    private static final String ECLIPSELINK_REFUSAL = "processing persistence.xml";
    // Hibernate: "Unable to perform unmarshalling at line number 5 and column 11"
    private static final Pattern LINE_NUMBER = Pattern.compile("line number (\\d+)");
    // EclipseLink lists the parser's errors as "(1. …)\n(2. …)"
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\. (.*?)\\)\\s*(?=\\(\\d+\\. |$)", Pattern.DOTALL);

    private PersistenceXmlErrors() {}

    /** {@code url} is not well-formed XML. */
    static AdvancedAlchemyException malformed(URL url, SAXParseException e) {
        return error(
                "META-INF/persistence.xml (" + url + ")",
                e.getLineNumber(),
                e.getMessage(),
                "correct the XML at that line; no JPA provider reads a file that is not well-formed XML",
                e);
    }

    /** {@code url} could not be read at all. */
    static AdvancedAlchemyException unreadable(URL url, Exception e) {
        return new AdvancedAlchemyException(
                ID,
                "META-INF/persistence.xml (" + url + ") cannot be read: " + e.getMessage()
                        + " — fix: make the file readable UTF-8 XML",
                e);
    }

    /**
     * The provider's failure to build a unit, explained, if it is a refusal of a {@code persistence.xml}.
     *
     * @param failure what {@code Persistence.createEntityManagerFactory} (or the first deployment) threw
     * @param files the files the extension read
     * @return the {@value #ID} error, or empty when the failure is not about a persistence.xml
     */
    static Optional<AdvancedAlchemyException> refused(RuntimeException failure, List<PersistenceXmlFile> files) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().noneMatch(PersistenceXmlErrors::aboutTheFile)) {
            return Optional.empty();
        }
        String provider = provider(chain);
        PersistenceXmlFile file = named(chain, files);
        String said = parserWords(chain);
        int line = reportedLine(chain);
        if (file == null) {
            return Optional.of(
                    error("META-INF/persistence.xml", line, provider + " refused it: " + said, fixFor(null), failure));
        }
        if (!file.declaresSchema()) {
            return Optional.of(error(
                    file.label(),
                    file.rootLine(),
                    provider + " refused it: " + said + " (" + provider + " validates the file against the schema"
                            + " that the root element names, and " + rootProblem(file) + ")",
                    fixFor(file),
                    failure));
        }
        Optional<SAXParseException> located = line > 0 ? Optional.empty() : PersistenceXmlSchema.firstError(file);
        return Optional.of(error(
                file.label(),
                located.map(SAXParseException::getLineNumber).orElse(line),
                provider + " refused it: " + said,
                "correct the file at that line so that it matches " + file.schemaFile()
                        + " (the schema its xsi:schemaLocation names)",
                failure));
    }

    private static AdvancedAlchemyException error(
            String file, int line, @Nullable String said, String fix, @Nullable Throwable cause) {
        return new AdvancedAlchemyException(
                ID, file + (line > 0 ? " line " + line : "") + ": " + oneLine(said) + " — fix: " + fix, cause);
    }

    private static String fixFor(@Nullable PersistenceXmlFile file) {
        String root = "write the root element as " + PersistenceXmlFile.ROOT_3_0
                + " (Jakarta Persistence 3.0 and 3.1 share this schema; for 3.2 use persistence_3_2.xsd and"
                + " version=\"3.2\")";
        return file == null ? "check the file against the Jakarta Persistence schema; " + root : root;
    }

    private static String rootProblem(PersistenceXmlFile file) {
        if (file.namespace().isEmpty()) {
            return "<persistence> has no namespace and no xsi:schemaLocation";
        }
        if (!PersistenceXmlFile.JAKARTA.equals(file.namespace())) {
            return "<persistence> is in namespace " + file.namespace() + ", not " + PersistenceXmlFile.JAKARTA;
        }
        return "<persistence> has no xsi:schemaLocation";
    }

    private static boolean aboutTheFile(Throwable t) {
        return t instanceof SAXParseException
                || t instanceof XMLStreamException
                || String.valueOf(t.getMessage()).contains(ECLIPSELINK_REFUSAL);
    }

    /** The file whose URL (or class path root, as EclipseLink names it) the failure mentions. */
    private static @Nullable PersistenceXmlFile named(List<Throwable> chain, List<PersistenceXmlFile> files) {
        for (PersistenceXmlFile file : files) {
            String url = file.url().toString();
            for (Throwable t : chain) {
                String message = String.valueOf(t.getMessage());
                if (t instanceof SAXParseException s && url.equals(s.getSystemId()) || message.contains(url)) {
                    return file;
                }
            }
        }
        for (PersistenceXmlFile file : files) {
            String root = rootOf(file.url());
            for (Throwable t : chain) {
                if (String.valueOf(t.getMessage()).contains(root)) {
                    return file;
                }
            }
        }
        return files.size() == 1 ? files.get(0) : null;
    }

    /** {@code file:/app/classes/} for {@code file:/app/classes/META-INF/persistence.xml}, {@code file:/app.jar} for a jar. */
    private static String rootOf(URL url) {
        String s = url.toString();
        s = s.substring(0, s.length() - "META-INF/persistence.xml".length());
        if (s.startsWith("jar:") && s.endsWith("!/")) {
            s = s.substring("jar:".length(), s.length() - 2);
        }
        return s;
    }

    /** What the XML parser said: the innermost message, without EclipseLink's numbering. */
    private static String parserWords(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof SAXParseException s && s.getMessage() != null) {
                return s.getMessage();
            }
        }
        String message = null;
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return chain.get(chain.size() - 1).getClass().getName();
        }
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            return message.substring(at + "Message: ".length());
        }
        List<String> items = new ArrayList<>();
        Matcher m = NUMBERED.matcher(message.trim());
        while (m.find()) {
            items.add(m.group(1).trim());
        }
        return items.isEmpty() ? message : String.join("; ", items);
    }

    /** The line the provider's failure gives, 0 if none. */
    private static int reportedLine(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof SAXParseException s && s.getLineNumber() > 0) {
                return s.getLineNumber();
            }
            if (t instanceof XMLStreamException x
                    && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                return x.getLocation().getLineNumber();
            }
            Matcher m = LINE_NUMBER.matcher(String.valueOf(t.getMessage()));
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static String provider(List<Throwable> chain) {
        for (Throwable t : chain) {
            String name = t.getClass().getName();
            if (name.startsWith("org.eclipse.persistence.")) {
                return "EclipseLink";
            }
            if (name.startsWith("org.hibernate.")) {
                return "Hibernate";
            }
        }
        return "the JPA provider";
    }

    private static String oneLine(@Nullable String text) {
        return text == null ? "" : text.trim().replaceAll("\\s*\\R\\s*", " ");
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
