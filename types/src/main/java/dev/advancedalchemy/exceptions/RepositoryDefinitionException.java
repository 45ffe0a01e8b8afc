package dev.advancedalchemy.exceptions;

import java.util.List;

/**
 * A repository interface (or another deployment-time declaration) is invalid; deployment fails.
 *
 * <p>All problems found are reported together: {@link #problems()} lists one line per problem, each naming the
 * repository, the method and the fix, and the message joins them.
 */
public class RepositoryDefinitionException extends AdvancedAlchemyException {
    private static final long serialVersionUID = 1L;

    /** The message id of this exception. */
    public static final String ID = "ALCH-1300";

    @SuppressWarnings("serial") // List.copyOf of Strings is serializable
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one or more problem descriptions
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RepositoryDefinitionException(List<String> problems) {
        super(ID, render(problems), null);
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception for a single problem. */
    public RepositoryDefinitionException(String problem) {
        this(List.of(problem));
    }

    /** Every problem found, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String render(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a RepositoryDefinitionException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems in repository definitions:");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append(" - ").append(p);
        }
        return sb.toString();
    }
}
