package dev.advancedalchemy.examples.se;

import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.util.List;

public class RepositoryExample {
    public static void main(String[] args) {
        try (SeContainer cdi = SeContainerInitializer.newInstance().initialize()) {
            UserRepository repo = cdi.select(UserRepository.class).get();
            // 1) Create multiple users with `addMany` (each call outside a transaction commits)
            List<User> objs = repo.addMany(List.of(
                    new User("cody@litestar.dev", "Cody"),
                    new User("janek@litestar.dev", "Janek"),
                    new User("peter@litestar.dev", "Peter"),
                    new User("jacob@litestar.dev", "Jacob")));
            System.out.println("Created " + objs.size() + " new objects.");

            // 2) Select paginated data and total row count. Pass additional filters as arguments
            ListAndCount<User> page = repo.listAndCount(new LimitOffset(10, 0), Filters.eq("name", "Cody"));
            System.out.println("Selected " + page.items().size() + " records out of a total of " + page.total() + ".");

            // 3) Let's remove the batch of records selected.
            List<User> deleted =
                    repo.deleteMany(page.items().stream().map(User::getId).toList());
            System.out.println("Removed " + deleted.size() + " records out of a total of " + page.total() + ".");

            // 4) Let's count the remaining rows
            System.out.println("Found " + repo.count() + " remaining records after delete.");
        }
    }
}
