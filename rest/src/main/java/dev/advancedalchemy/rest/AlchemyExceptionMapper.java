package dev.advancedalchemy.rest;

import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.exceptions.IntegrityException;
import dev.advancedalchemy.exceptions.InvalidFilterException;
import dev.advancedalchemy.exceptions.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * Turns Advanced Alchemy exceptions into RFC 9457 {@code application/problem+json} responses (see
 * {@link ProblemDetail}):
 *
 * <table>
 *   <caption>status per exception</caption>
 *   <tr><th>exception</th><th>status</th><th>detail</th></tr>
 *   <tr><td>{@link NotFoundException}</td><td>404</td><td>the exception's detail</td></tr>
 *   <tr><td>{@link IntegrityException} (so also {@code DuplicateKeyException}, {@code ForeignKeyException})</td>
 *       <td>409</td><td>the exception's detail</td></tr>
 *   <tr><td>{@link ConversionException}, {@link InvalidFilterException}</td><td>400</td>
 *       <td>the exception's detail</td></tr>
 *   <tr><td>any other</td><td>500</td><td>a fixed text; the exception is logged, never sent</td></tr>
 * </table>
 *
 * <p>Every body carries the exception's {@code messageId}. It is a {@link Provider}, so classpath scanning registers
 * it; otherwise register it in your {@code Application}:
 *
 * <pre>{@code
 * public Set<Class<?>> getClasses() {
 *     return Set.of(AuthorResource.class, AlchemyExceptionMapper.class, UnexpectedExceptionMapper.class);
 * }
 * }</pre>
 */
@Provider
public class AlchemyExceptionMapper implements ExceptionMapper<AdvancedAlchemyException> {
    private static final System.Logger LOG = System.getLogger(AlchemyExceptionMapper.class.getName());

    @Context
    private @Nullable UriInfo uriInfo;

    /** Creates the mapper (the JAX-RS runtime injects the request's {@code UriInfo}). */
    public AlchemyExceptionMapper() {}

    @Override
    public Response toResponse(AdvancedAlchemyException exception) {
        return toResponseFor(exception, Problems.instance(uriInfo));
    }

    Response toResponseFor(AdvancedAlchemyException exception, @Nullable String instance) {
        Status status = statusOf(exception);
        if (status == Status.INTERNAL_SERVER_ERROR) {
            LOG.log(Level.ERROR, "Request " + instance + " failed", exception);
            return ProblemDetail.of(status, Problems.UNEXPECTED, instance, exception.messageId())
                    .toResponse();
        }
        LOG.log(
                Level.DEBUG,
                () -> "Request " + instance + " answered " + status.getStatusCode() + ": " + exception.getMessage());
        return ProblemDetail.of(status, exception.detail(), instance, exception.messageId())
                .toResponse();
    }

    /** The status this mapper sends for {@code exception}. */
    public static Status statusOf(AdvancedAlchemyException exception) {
        if (exception instanceof NotFoundException) {
            return Status.NOT_FOUND;
        } else if (exception instanceof IntegrityException) {
            return Status.CONFLICT;
        } else if (exception instanceof ConversionException || exception instanceof InvalidFilterException) {
            return Status.BAD_REQUEST;
        }
        return Status.INTERNAL_SERVER_ERROR;
    }
}
