package dev.advancedalchemy.repository.internal.derived;

import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the named ({@code :name}) and positional ({@code ?1}) parameters of a JPQL text, skipping literals. */
final class JpqlParameters {
    private JpqlParameters() {}

    /** Names of {@code :name} parameters, and {@code "?n"} for positional ones, in order of appearance. */
    static Set<String> of(String jpql) {
        Set<String> names = new LinkedHashSet<>();
        boolean inLiteral = false;
        for (int i = 0; i < jpql.length(); i++) {
            char c = jpql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral; // '' inside a literal toggles twice, which is right
            } else if (!inLiteral && (c == ':' || c == '?')) {
                int j = i + 1;
                while (j < jpql.length() && (Character.isLetterOrDigit(jpql.charAt(j)) || jpql.charAt(j) == '_')) {
                    j++;
                }
                if (j > i + 1) {
                    names.add((c == '?' ? "?" : "") + jpql.substring(i + 1, j));
                }
                i = j - 1;
            }
        }
        return names;
    }
}
