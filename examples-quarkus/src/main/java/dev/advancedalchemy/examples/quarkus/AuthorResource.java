package dev.advancedalchemy.examples.quarkus;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code /authors}: list and create authors. */
@Path("/authors")
public class AuthorResource {
    /** The JSON body of an author. */
    public record AuthorDto(String name, @Nullable LocalDate dob) {}

    @Inject
    EntityManager em;

    @GET
    public List<AuthorDto> list() {
        return em.createQuery("select a from Author a order by a.name", Author.class).getResultList().stream()
                .map(a -> new AuthorDto(a.getName(), a.getDob()))
                .toList();
    }

    @POST
    @Transactional
    public Response create(AuthorDto body) {
        Author a = new Author();
        a.setName(body.name());
        a.setDob(body.dob());
        em.persist(a);
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
