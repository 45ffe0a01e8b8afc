package dev.advancedalchemy.examples.payara;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code /api/authors}: list and create authors. */
@Path("/authors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorResource {
    /** The JSON body of an author. */
    public record AuthorDto(String name, @Nullable String dob) {}

    @jakarta.inject.Inject
    AuthorRepository authors;

    @GET
    public List<AuthorDto> list() {
        return authors.list(dev.advancedalchemy.filter.OrderBy.asc("name")).stream()
                .map(a -> new AuthorDto(
                        a.getName(), a.getDob() == null ? null : a.getDob().toString()))
                .toList();
    }

    @POST
    @Transactional
    public Response create(AuthorDto body) {
        Author a = new Author();
        a.setName(body.name());
        a.setDob(body.dob() == null ? null : LocalDate.parse(body.dob()));
        authors.add(a);
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
