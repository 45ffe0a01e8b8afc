package dev.advancedalchemy.examples.se;

import dev.advancedalchemy.service.RepositoryService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;

@Dependent
public class UserService extends RepositoryService<User, UUID> {
    @Inject
    UserService(UserRepository repository) {
        super(repository);
    }
}
