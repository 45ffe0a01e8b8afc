package dev.advancedalchemy.examples.quickstart.payara;

import dev.advancedalchemy.filter.OrderBy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/users")
@RequestScoped
public class UserResource {
    @Inject
    UserRepository users;

    @GET
    public List<User> list() {
        return users.list(OrderBy.asc("email"));
    }

    @POST
    @Transactional
    public User create(User user) {
        return users.add(user);
    }
}
