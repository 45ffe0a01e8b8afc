package dev.advancedalchemy.testing;

import java.util.List;

/**
 * Storage keys an attacker might send, one per kind the file storage must refuse (issue 6): traversal, absolute
 * paths, backslashes, percent-encoded separators, NUL and control characters, drive letters, Unicode look-alikes
 * and over-long names. Symlinks need a real directory and are tested by the local backend's own tests.
 */
public final class HostileKeys {
    private HostileKeys() {}

    /** One hostile key and the kind of attack it stands for. */
    public record Case(String kind, String key) {
        @Override
        public String toString() {
            return kind;
        }
    }

    /** Every case, in a stable order. */
    public static List<Case> cases() {
        return List.of(
                new Case("dot-dot segment", "../outside/x.txt"),
                new Case("dot-dot in the middle", "a/../../outside/x.txt"),
                new Case("dot segment", "./x.txt"),
                new Case("absolute path", "/etc/passwd"),
                new Case("backslash", "..\\outside\\x.txt"),
                new Case("percent-encoded dots", "%2e%2e/outside/x.txt"),
                new Case("percent-encoded slash", "..%2Foutside%2Fx.txt"),
                new Case("percent-encoded backslash", "..%5cx.txt"),
                new Case("double percent-encoding", "%252e%252e/x.txt"),
                new Case("NUL", "x.txt\u0000.png"),
                new Case("control character", "x\n.txt"),
                new Case("DEL", "x\u007f.txt"),
                new Case("drive letter", "C:/Windows/x.txt"),
                new Case("drive-relative", "c:x.txt"),
                new Case("division slash look-alike", "..\u2215outside\u2215x.txt"),
                new Case("fullwidth solidus", "..\uFF0Foutside\uFF0Fx.txt"),
                new Case("fullwidth full stops", "\uFF0E\uFF0E/x.txt"),
                new Case("one dot leader", "\u2024\u2024/x.txt"),
                new Case("over-long segment", "a".repeat(256)),
                new Case("over-long key", "a/".repeat(600) + "x"),
                new Case("empty key", ""),
                new Case("empty segment", "a//x.txt"),
                new Case("trailing slash", "a/"));
    }
}
