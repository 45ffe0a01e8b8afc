package dev.advancedalchemy.examples.app.web;

import dev.advancedalchemy.examples.app.model.Book;
import dev.advancedalchemy.examples.app.model.Cover;
import dev.advancedalchemy.examples.app.schema.BookCreate;
import dev.advancedalchemy.examples.app.schema.BookUpdate;
import dev.advancedalchemy.examples.app.schema.BookView;
import dev.advancedalchemy.examples.app.schema.CoverUpload;
import dev.advancedalchemy.examples.app.service.BookService;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.SortOrder;
import dev.advancedalchemy.rest.FilterParameters;
import dev.advancedalchemy.rest.ProblemDetail;
import dev.advancedalchemy.service.OffsetPagination;
import dev.advancedalchemy.storage.FileObject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code /books}: list (paged, sorted, searched, by creation time), create for an existing author, read, patch and
 * delete, and each book's cover image ({@code /books/{id}/cover}: upload or replace, download, remove); errors and
 * transactions as in {@link AuthorResource} (a {@code POST} naming an unknown author is a 404).
 *
 * <p>Cover files follow the request's transaction (see {@code dev.advancedalchemy.storage.FileLifecycle}): a new
 * cover is written before the commit, the file it replaces, a removed cover and the cover of a deleted book are
 * deleted after the commit, and a request that is not answered 2xx (the commit mode then rolls back) leaves no new
 * file behind and the previous cover as it was.
 */
@Path("/books")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookResource {
    /** The configuration property that limits the size of a cover, in bytes. */
    public static final String MAX_COVER_BYTES_PROPERTY = "example.covers.max-bytes";

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

    /** The largest cover accepted, in bytes ({@value #MAX_COVER_BYTES_PROPERTY}, default 2 MiB). */
    @Inject
    @ConfigProperty(name = MAX_COVER_BYTES_PROPERTY, defaultValue = "2097152")
    long maxCoverBytes;

    @Context
    UriInfo uriInfo;

    /** {@code GET /books?orderBy=title&sortOrder=asc&createdAfter=2024-01-01}. */
    @GET
    public OffsetPagination<BookView> list() {
        List<Filter> filters = FILTERS.parse(uriInfo);
        return books.toSchema(books.listAndCount(filters), filters, BookView.class);
    }

    /**
     * {@code POST /books} with a {@link BookCreate} body: 201, {@code Location} and the book; 409 when the author
     * already has a book of that title. That rule is checked after the insert, so the 409 relies on the commit mode:
     * the response is not 2xx, so the request transaction, and the book with it, is rolled back.
     */
    @POST
    public Response create(@Nullable Map<String, Object> body) {
        BookCreate input = books.toInput(Objects.requireNonNullElse(body, Map.of()), BookCreate.class);
        Book created = books.create(input);
        long sameTitle = books.count(Filters.eq("author.id", input.authorId()), Filters.eq("title", input.title()));
        if (sameTitle > 1) {
            return ProblemDetail.of(
                            Response.Status.CONFLICT,
                            "The author already has a book with this title",
                            uriInfo.getRequestUri().getRawPath(),
                            DuplicateKeyException.ID)
                    .toResponse();
        }
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

    /** {@code DELETE /books/{id}}: 204; the book's cover file is deleted after the commit. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        books.delete(id);
        return Response.noContent().build();
    }

    /**
     * {@code PUT /books/{id}/cover?filename=dune.png} with the image as the body: stores it with the request's
     * {@code Content-Type} and answers the book with its {@code cover}. A replaced cover's file is deleted after the
     * commit.
     *
     * <p>The body is streamed to storage, so its size is known only once it is written: a cover over
     * {@value #MAX_COVER_BYTES_PROPERTY} bytes is answered 413 after the write, and the commit mode's rollback
     * deletes the file just written and keeps the previous cover.
     */
    @PUT
    @Path("{id}/cover")
    @Consumes(MediaType.WILDCARD)
    public Response putCover(
            @PathParam("id") UUID id,
            @QueryParam("filename") @Nullable String filename,
            @Context HttpHeaders headers,
            InputStream body) {
        MediaType type = headers.getMediaType();
        CoverUpload upload = CoverUpload.of(filename, type == null ? null : type.getType() + "/" + type.getSubtype());
        Book book = books.setCover(id, upload, body);
        long size = Objects.requireNonNull(book.getCover()).size();
        if (size > maxCoverBytes) {
            return ProblemDetail.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "A cover may have at most " + maxCoverBytes + " bytes, this one has " + size,
                            uriInfo.getRequestUri().getRawPath(),
                            ConversionException.ID)
                    .toResponse();
        }
        return Response.ok(books.toSchema(book, BookView.class)).build();
    }

    /** {@code GET /books/{id}/cover}: the image with its content type; 404 when the book or its cover is missing. */
    @GET
    @Path("{id}/cover")
    @Produces(MediaType.WILDCARD)
    public Response getCover(@PathParam("id") UUID id) {
        FileObject cover = books.cover(id);
        StreamingOutput bytes = out -> {
            try (InputStream in = cover.openStream()) {
                in.transferTo(out);
            }
        };
        // uploads passed CoverUpload's rules already; a row written by another program may hold any name
        String name = Cover.of(cover).filename().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(bytes, cover.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .build();
    }

    /** {@code DELETE /books/{id}/cover}: 204; the file is deleted after the commit. */
    @DELETE
    @Path("{id}/cover")
    public Response deleteCover(@PathParam("id") UUID id) {
        books.clearCover(id);
        return Response.noContent().build();
    }
}
