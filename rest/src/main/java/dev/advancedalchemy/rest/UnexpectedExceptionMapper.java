package dev.advancedalchemy.rest;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * The last resort: any exception no more specific mapper handles becomes a 500 {@code application/problem+json}
 * whose body has a fixed text and message id {@code ALCH-1000} — never a stack trace, SQL or value. The exception is
 * logged with the request path.
 *
 * <p>A {@link WebApplicationException} (the runtime's own 404, 405, 415 and the application's deliberate errors)
 * keeps its status: its response is returned as it is when it has a body, otherwise as a problem with the status's
 * reason phrase.
 *
 * <p>Opt-in: a mapper of {@code Throwable} changes how the whole application answers every error, so this class is
 * deliberately not a {@code @Provider} and scanning never finds it. Register it yourself:
 *
 * <pre>{@code
 * // in Application#getClasses():
 * Set.of(AlchemyExceptionMapper.class, UnexpectedExceptionMapper.class, MyResource.class);
 *
 * // or, on a runtime that discovers providers by scanning (Quarkus, Payara without getClasses()):
 * @Provider
 * public class ProblemForEveryError extends UnexpectedExceptionMapper {}
 * }</pre>
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private @Nullable UriInfo uriInfo;

    /** Creates the mapper (the JAX-RS runtime injects the request's {@code UriInfo}). */
    public UnexpectedExceptionMapper() {}

    @Override
    public Response toResponse(Throwable exception) {
        String instance = Problems.instance(uriInfo);
        if (exception instanceof WebApplicationException wae) {
            Response response = wae.getResponse();
            if (response.hasEntity() || response.getStatus() < 400) {
                return response;
            }
            Response.StatusType status = response.getStatusInfo();
            return ProblemDetail.of(status, status.getReasonPhrase(), instance, AdvancedAlchemyException.ID)
                    .toResponse();
        }
        if (exception instanceof AdvancedAlchemyException alchemy) {
            // Reached only when AlchemyExceptionMapper is not registered.
            AlchemyExceptionMapper mapper = new AlchemyExceptionMapper();
            return mapper.toResponseFor(alchemy, instance);
        }
        LOG.log(Level.ERROR, "Request " + instance + " failed", exception);
        return ProblemDetail.of(
                        Status.INTERNAL_SERVER_ERROR, Problems.UNEXPECTED, instance, AdvancedAlchemyException.ID)
                .toResponse();
    }
}
