package dev.advancedalchemy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem document, as the exception mappers of this package send it with media type
 * {@value #MEDIA_TYPE}:
 *
 * <pre>{@code
 * {"type":"about:blank","title":"Not Found","status":404,
 *  "detail":"No Author found with id 0190f4a5-…","instance":"/authors/0190f4a5-…","messageId":"ALCH-1100"}
 * }</pre>
 *
 * @param type a URI identifying the problem kind; {@code about:blank} means the status says it all
 * @param title the status's reason phrase
 * @param status the HTTP status code, 400 to 599
 * @param detail what went wrong with this request, safe to show to the client
 * @param instance the request path, or {@code null} when not known (then omitted from the JSON)
 * @param messageId the Advanced Alchemy message id ({@code ALCH-nnnn}) for looking the problem up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "messageId"})
public record ProblemDetail(
        URI type,
        String title,
        int status,
        String detail,
        @Nullable String instance,
        String messageId) {
    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    // ObjectMapper is thread-safe once configured and holds no request state.
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Validates the arguments.
     *
     * @throws IllegalArgumentException if {@code status} is not an error status (400–599)
     */
    public ProblemDetail {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(messageId, "messageId");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem needs an error status (400-599), got " + status);
        }
    }

    /** A problem of type {@code about:blank} titled with the status's reason phrase. */
    public static ProblemDetail of(
            Response.StatusType status, String detail, @Nullable String instance, String messageId) {
        return new ProblemDetail(
                URI.create("about:blank"),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                instance,
                messageId);
    }

    /** This problem as JSON text. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A response with this problem's status and its JSON as the body. The body is text, so no JSON provider needs
     * to be registered with the JAX-RS runtime.
     */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
