package dev.advancedalchemy.examples.app.web;

import dev.advancedalchemy.examples.app.model.Author;
import dev.advancedalchemy.examples.app.schema.AuthorCreate;
import dev.advancedalchemy.examples.app.schema.AuthorUpdate;
import dev.advancedalchemy.examples.app.schema.AuthorView;
import dev.advancedalchemy.examples.app.schema.AuthorWithBooks;
import dev.advancedalchemy.examples.app.service.AuthorService;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.rest.FilterParameters;
import dev.advancedalchemy.service.OffsetPagination;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code /authors}: list (paged, sorted, searched), create (with books), read (with books), patch and delete.
 * Errors are {@code application/problem+json} from the library's exception mappers: 400 for a bad query parameter or
 * body field, 404 for an unknown id, 409 for a duplicate name or for deleting an author who still has books.
 *
 * <p>No method is {@code @Transactional}: the example runs with {@code commit-mode=autocommit} (see
 * {@code META-INF/microprofile-config.properties}), so each request is one transaction that commits on a 2xx
 * response and rolls back otherwise.
 */
@Path("/authors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorResource {
    /** {@code orderBy} accepts {@code name} and {@code dob} only; {@code searchString} looks in {@code name}. */
    public static final FilterParameters FILTERS = FilterParameters.builder()
            .sortable("name", "dob")
            .defaultSort("name", SortOrder.ASC)
            .searchable("name")
            .searchIgnoreCase(true)
            .pageSize(20, 100)
            .ids(UUID.class)
            .build();

    @Inject
    AuthorService authors;

    @Context
    UriInfo uriInfo;

    /** {@code GET /authors?currentPage=1&pageSize=20&orderBy=name&sortOrder=asc&searchString=le}. */
    @GET
    public OffsetPagination<AuthorView> list() {
        List<Filter> filters = FILTERS.parse(uriInfo);
        return authors.toSchema(authors.listAndCount(filters), filters, AuthorView.class);
    }

    /** {@code POST /authors} with an {@link AuthorCreate} body: 201, {@code Location} and the author with books. */
    @POST
    public Response create(@Nullable Map<String, Object> body) {
        AuthorCreate input = authors.toInput(Objects.requireNonNullElse(body, Map.of()), AuthorCreate.class);
        Author created = authors.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(authors.toSchema(created, AuthorWithBooks.class))
                .build();
    }

    /** {@code GET /authors/{id}}: the author with books. */
    @GET
    @Path("{id}")
    public AuthorWithBooks get(@PathParam("id") UUID id) {
        return authors.toSchema(authors.get(id), AuthorWithBooks.class);
    }

    /** {@code PATCH /authors/{id}} with an {@link AuthorUpdate} body: absent fields stay as they are. */
    @PATCH
    @Path("{id}")
    public AuthorView update(@PathParam("id") UUID id, @Nullable Map<String, Object> body) {
        AuthorUpdate input = authors.toInput(Objects.requireNonNullElse(body, Map.of()), AuthorUpdate.class);
        return authors.toSchema(authors.update(input, id), AuthorView.class);
    }

    /** {@code DELETE /authors/{id}}: 204; 409 while the author has books. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        authors.delete(id);
        return Response.noContent().build();
    }
}
