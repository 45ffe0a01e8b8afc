package dev.advancedalchemy.examples.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the shell walkthrough of {@code docs/example-app.md} against a started application: the few shell forms the
 * page uses ({@code VAR=…}, {@code VAR=$(curl … | jq -r PATH)}, {@code curl …}, {@code for V in $(curl … | jq -r
 * PATH); do curl …; done}, {@code head -c N /dev/urandom|/dev/zero > FILE}, {@code sha256sum A B}), and the status
 * each call expects ({@code # 201} at the end of the call). Any other line fails, so the page holds no command the
 * test does not run.
 */
final class Walkthrough {
    private static final Pattern STATUS = Pattern.compile("#\\s*(\\d{3})\\s*$");
    private static final Pattern ASSIGN = Pattern.compile("([A-Z_]+)=(.*)", Pattern.DOTALL);
    private static final Pattern CAPTURE = Pattern.compile("\\$\\((curl .*)\\|\\s*jq -r (\\S+)\\s*\\)", Pattern.DOTALL);
    private static final Pattern FOR = Pattern.compile(
            "for ([A-Z_]+) in \\$\\((curl .*?)\\|\\s*jq -r (\\S+)\\s*\\); do (curl .*?); done", Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("head -c (\\d+) /dev/(urandom|zero) > (\\S+)");
    private static final Pattern SHA = Pattern.compile("sha256sum (\\S+) (\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Path dir;
    private final Map<String, String> vars = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> ran = new ArrayList<>();

    /**
     * @param base the started application's URL, used wherever the page sets {@code BASE}
     * @param dir the working directory for the files the page writes and uploads
     */
    Walkthrough(String base, Path dir) {
        this.base = base;
        this.dir = dir;
    }

    /** The fenced {@code bash} blocks between the page's walkthrough markers. */
    static List<String> blocks(String page) {
        int start = page.indexOf("<!-- walkthrough:start -->");
        int end = page.indexOf("<!-- walkthrough:end -->");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the page has no <!-- walkthrough:start/end --> markers");
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)```bash\\n(.*?)```").matcher(page.substring(start, end));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Runs one block's statements in order; throws {@link AssertionError} naming the statement that failed. */
    void run(String block) throws IOException, InterruptedException {
        for (String statement : block.replace("\\\n", " ").split("\n")) {
            if (!statement.isBlank()) {
                runStatement(statement.strip());
            }
        }
    }

    /** The statements run so far, for the test's assertions. */
    List<String> ran() {
        return List.copyOf(ran);
    }

    private void runStatement(String line) throws IOException, InterruptedException {
        Matcher status = STATUS.matcher(line);
        Integer expected = status.find() ? Integer.valueOf(status.group(1)) : null;
        String statement =
                expected == null ? line : line.substring(0, status.start()).strip();
        ran.add(statement);
        Matcher m;
        if ((m = FOR.matcher(statement)).matches()) {
            for (JsonNode item : select(call(m.group(2), expected).body(), m.group(3))) {
                vars.put(m.group(1), item.asText());
                call(m.group(4), null);
            }
        } else if ((m = ASSIGN.matcher(statement)).matches()) {
            Matcher capture = CAPTURE.matcher(m.group(2));
            String value;
            if (capture.matches()) {
                List<JsonNode> found = select(call(capture.group(1), expected).body(), capture.group(2));
                check(found.size() == 1, statement, "jq path selects " + found.size() + " values");
                value = found.get(0).asText();
            } else {
                value = m.group(1).equals("BASE") ? base : words(m.group(2)).get(0);
            }
            vars.put(m.group(1), value);
        } else if ((m = HEAD.matcher(statement)).matches()) {
            byte[] bytes = new byte[Integer.parseInt(m.group(1))];
            if (m.group(2).equals("urandom")) {
                new Random(42).nextBytes(bytes);
            }
            Files.write(dir.resolve(m.group(3)), bytes);
        } else if ((m = SHA.matcher(statement)).matches()) {
            check(sha256(m.group(1)).equals(sha256(m.group(2))), statement, "the two files differ");
        } else if (statement.startsWith("curl ")) {
            call(statement, expected);
        } else {
            throw new AssertionError("the walkthrough has a statement the test cannot run: " + statement);
        }
    }

    /** Runs one curl command line and checks its status. */
    private HttpResponse<byte[]> call(String command, Integer expected) throws IOException, InterruptedException {
        List<String> words = words(command);
        String method = null;
        String url = null;
        String output = null;
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        boolean hasBody = false;
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-s", "-i" -> {}
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    request.header(header[0], header[1]);
                }
                case "-d" -> {
                    body = HttpRequest.BodyPublishers.ofString(words.get(++i));
                    hasBody = true;
                }
                case "--data-binary" -> {
                    body = HttpRequest.BodyPublishers.ofFile(
                            dir.resolve(words.get(++i).substring(1)));
                    hasBody = true;
                }
                case "-o" -> output = words.get(++i);
                default -> {
                    check(!w.startsWith("-") && url == null, command, "unexpected curl argument " + w);
                    url = w;
                }
            }
        }
        check(url != null, command, "no URL");
        String verb = method != null ? method : hasBody ? "POST" : "GET";
        HttpResponse<byte[]> response = http.send(
                request.uri(URI.create(url)).method(verb, body).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (expected != null) {
            check(
                    response.statusCode() == expected,
                    command,
                    "answered " + response.statusCode() + ", the page says " + expected + ": "
                            + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (output != null) {
            Files.write(dir.resolve(output), response.body());
        }
        return response;
    }

    /** The values a jq path such as {@code .id}, {@code .books[0].id} or {@code .items[].id} selects. */
    private static List<JsonNode> select(byte[] body, String path) throws IOException {
        List<JsonNode> current = List.of(JSON.readTree(body));
        Matcher step = Pattern.compile("\\.([A-Za-z_]\\w*)|\\[(\\d*)]").matcher(path.replace("'", ""));
        while (step.find()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (step.group(1) != null) {
                    next.add(node.path(step.group(1)));
                } else if (step.group(2).isEmpty()) {
                    node.forEach(next::add);
                } else {
                    next.add(node.path(Integer.parseInt(step.group(2))));
                }
            }
            current = next;
        }
        return current;
    }

    /** Shell words: single quotes literal, double quotes and bare text with {@code $VAR} expanded, joined when adjacent. */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                word.append(text, i + 1, close);
                i = close;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                word.append(expand(text.substring(i + 1, close)));
                i = close;
            } else {
                int stop = i;
                while (stop < text.length() && " \t'\"".indexOf(text.charAt(stop)) < 0) {
                    stop++;
                }
                word.append(expand(text.substring(i, stop)));
                i = stop - 1;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private String expand(String text) {
        Matcher m = Pattern.compile("\\$([A-Z_]+)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            check(value != null, text, "$" + m.group(1) + " is not set by an earlier statement");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private String sha256(String file) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(file))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(boolean ok, String statement, String problem) {
        if (!ok) {
            throw new AssertionError(statement + "\n  -> " + problem);
        }
    }
}
