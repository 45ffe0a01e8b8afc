package dev.advancedalchemy.commitmode;

import dev.advancedalchemy.exceptions.NotFoundException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Every endpoint writes note {id} through the repository (or the @Transactional service), then answers in its own
 * way; the test reads the table to see whether the write was committed.
 */
@Path("notes/{id}")
public class NoteResource {
    private static NoteRepository notes() {
        return CDI.current().select(NoteRepository.class).get();
    }

    private static void write(long id, String how) {
        notes().add(new Note(id, how));
    }

    @POST
    @Path("created")
    public Response created(@PathParam("id") long id) {
        write(id, "created");
        return Response.status(201).build();
    }

    @POST
    @Path("bad-request")
    public Response badRequest(@PathParam("id") long id) {
        write(id, "bad-request");
        return Response.status(400).build();
    }

    @POST
    @Path("server-error")
    public Response serverError(@PathParam("id") long id) {
        write(id, "server-error");
        return Response.status(503).build();
    }

    @POST
    @Path("mapped-exception")
    public Response mappedException(@PathParam("id") long id) {
        write(id, "mapped-exception");
        throw new NotFoundException("No Thing found with id " + id); // AlchemyExceptionMapper: 404
    }

    @POST
    @Path("unmapped-exception")
    public Response unmappedException(@PathParam("id") long id) {
        write(id, "unmapped-exception");
        throw new IllegalStateException("no mapper handles this");
    }

    @POST
    @Path("redirect")
    public Response redirect(@PathParam("id") long id) {
        write(id, "redirect");
        return Response.seeOther(URI.create("/notes/" + id)).build();
    }

    /** Swallows the failure of a joined @Transactional method and answers 201: the commit must not pretend. */
    @POST
    @Path("swallowed-service-failure")
    public Response swallowedServiceFailure(@PathParam("id") long id) {
        try {
            CDI.current().select(NoteService.class).get().writeThenFail(id);
        } catch (IllegalStateException expected) {
            // the resource carries on as if nothing happened
        }
        return Response.status(201).build();
    }

    @POST
    @Path("service-then-bad-request")
    public Response serviceThenBadRequest(@PathParam("id") long id) {
        CDI.current().select(NoteService.class).get().write(id, "service");
        return Response.status(400).build();
    }
}
