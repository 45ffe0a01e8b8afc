package dev.advancedalchemy.examples.app.web;

import dev.advancedalchemy.examples.app.model.Book;
import dev.advancedalchemy.examples.app.schema.BookCreate;
import dev.advancedalchemy.examples.app.schema.BookUpdate;
import dev.advancedalchemy.examples.app.schema.BookView;
import dev.advancedalchemy.examples.app.service.BookService;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.rest.FilterParameters;
import dev.advancedalchemy.service.OffsetPagination;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * {@code /books}: list (paged, sorted, searched, by creation time), create for an existing author, read, patch and
 * delete; errors as in {@link AuthorResource} (a {@code POST} naming an unknown author is a 404).
 */
@Path("/books")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookResource {
    /** {@code orderBy}: {@code title}, {@code createdAt}, {@code updatedAt}; {@code searchString} in {@code title}. */
    static final FilterParameters FILTERS = FilterParameters.builder()
            .sortable("title", "createdAt", "updatedAt")
            .defaultSort("createdAt", SortOrder.DESC)
            .searchable("title")
            .searchIgnoreCase(true)
            .pageSize(20, 100)
            .ids(UUID.class)
            .createdAt()
            .updatedAt()
            .build();

    @Inject
    BookService books;

    @Context
    UriInfo uriInfo;

    /** {@code GET /books?orderBy=title&sortOrder=asc&createdAfter=2024-01-01}. */
    @GET
    public OffsetPagination<BookView> list() {
        List<Filter> filters = FILTERS.parse(uriInfo);
        return books.toSchema(books.listAndCount(filters), filters, BookView.class);
    }

    /** {@code POST /books} with a {@link BookCreate} body: 201, {@code Location} and the book. */
    @POST
    public Response create(@Nullable Map<String, Object> body) {
        BookCreate input = books.toInput(Objects.requireNonNullElse(body, Map.of()), BookCreate.class);
        Book created = books.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(books.toSchema(created, BookView.class))
                .build();
    }

    /** {@code GET /books/{id}}. */
    @GET
    @Path("{id}")
    public BookView get(@PathParam("id") UUID id) {
        return books.toSchema(books.get(id), BookView.class);
    }

    /** {@code PATCH /books/{id}} with a {@link BookUpdate} body: an absent title stays as it is. */
    @PATCH
    @Path("{id}")
    public BookView update(@PathParam("id") UUID id, @Nullable Map<String, Object> body) {
        BookUpdate input = books.toInput(Objects.requireNonNullElse(body, Map.of()), BookUpdate.class);
        return books.toSchema(books.update(input, id), BookView.class);
    }

    /** {@code DELETE /books/{id}}: 204. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        books.delete(id);
        return Response.noContent().build();
    }
}
