package dev.advancedalchemy.rest;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.tx.spi.RequestTransactions;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * Gives each Jakarta REST request one transaction that commits or rolls back by the response status, as the
 * {@linkplain dev.advancedalchemy.tx.CommitMode commit mode} of the persistence units says
 * ({@code alchemy.units.<unit>.commit-mode}). With every unit {@code manual} (the default) it does nothing.
 *
 * <pre>{@code
 * alchemy.units.main.commit-mode=autocommit
 *
 * @Path("authors") public class AuthorResource {
 *     @Inject AuthorRepository authors;
 *     @POST public Response create(Author a) {            // no @Transactional needed:
 *         return Response.status(201).entity(authors.add(a)).build(); // 201 commits, 4xx/5xx roll back
 *     }
 * }
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The transaction begins before the resource method (after authentication/authorization filters) and ends
 *       in the response filters, after the other filters have set the final status: 2xx commits (and 3xx with
 *       {@code autocommit-include-redirect}); any other status rolls back.
 *   <li>An exception that an {@code ExceptionMapper} turns into a response follows that response's status. Register
 *       {@link UnexpectedExceptionMapper} so that every exception becomes a response: an exception no mapper handles
 *       never commits: Jersey 3.1 still runs the response filters for it (default 500), and where a runtime does not,
 *       the transaction is rolled back when the same thread serves its next request (without JTA) or by the
 *       platform's transaction timeout (JTA).
 *   <li>If the commit fails (a deferred constraint, a serialization failure, a transaction marked rollback-only)
 *       the response is replaced by the problem response of the failure (for example 409), never a 2xx.
 *   <li>Without JTA the request transaction is the extension's local transaction: every repository and
 *       {@code @Transactional(REQUIRED)} method of the request joins it. Under JTA it is the platform's
 *       {@code UserTransaction}; an already active JTA transaction is joined and left to its owner.
 *   <li>It is a {@code @Provider}: found by scanning, or registered in {@code Application#getClasses()}.
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 500)
public class CommitModeFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final System.Logger LOG = System.getLogger(CommitModeFilter.class.getName());
    private static final String PROPERTY = CommitModeFilter.class.getName() + ".transaction";

    private volatile @Nullable RequestTransactions transactions;

    /** Creates the filter; it looks up the extension's beans through {@code CDI.current()} on first use. */
    public CommitModeFilter() {}

    @Override
    public void filter(ContainerRequestContext request) {
        RequestTransactions tx = transactions();
        if (tx.mode().isPresent()) {
            request.setProperty(PROPERTY, tx.begin());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROPERTY) instanceof RequestTransactions.Handle handle)) {
            return;
        }
        request.removeProperty(PROPERTY);
        boolean commit = transactions().mode().orElseThrow().commits(response.getStatus());
        try {
            handle.complete(commit);
        } catch (RuntimeException e) {
            String instance = request.getUriInfo().getRequestUri().getRawPath();
            Response failure;
            if (e instanceof AdvancedAlchemyException alchemy) {
                failure = new AlchemyExceptionMapper().toResponseFor(alchemy, instance);
            } else {
                LOG.log(Level.ERROR, "Request " + instance + ": committing its transaction failed", e);
                failure = ProblemDetail.of(
                                Response.Status.INTERNAL_SERVER_ERROR,
                                Problems.UNEXPECTED,
                                instance,
                                AdvancedAlchemyException.ID)
                        .toResponse();
            }
            response.setStatus(failure.getStatus());
            response.setEntity(failure.getEntity(), new java.lang.annotation.Annotation[0], failure.getMediaType());
        }
    }

    private RequestTransactions transactions() {
        RequestTransactions result = transactions;
        if (result == null) {
            result = CDI.current().select(RequestTransactions.class).get();
            transactions = result;
        }
        return result;
    }
}
