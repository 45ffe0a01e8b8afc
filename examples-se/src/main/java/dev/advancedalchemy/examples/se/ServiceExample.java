package dev.advancedalchemy.examples.se;

import dev.advancedalchemy.filter.Filters;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.repository.ListAndCount;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.util.List;
import java.util.Map;

public class ServiceExample {
    public static void main(String[] args) {
        try (SeContainer cdi = SeContainerInitializer.newInstance().initialize()) {
            UserService service = cdi.select(UserService.class).get();
            // 1) Create multiple users with `createMany`, from maps
            List<User> objs = service.createMany(List.of(
                    Map.of("email", "cody@litestar.dev", "name", "Cody"),
                    Map.of("email", "janek@litestar.dev", "name", "Janek"),
                    Map.of("email", "peter@litestar.dev", "name", "Peter"),
                    Map.of("email", "jacob@litestar.dev", "name", "Jacob")));
            System.out.println(objs.stream().map(User::getName).toList());
            System.out.println("Created " + objs.size() + " new objects.");

            // 2) Select paginated data and total row count. Pass additional filters as arguments
            ListAndCount<User> page = service.listAndCount(new LimitOffset(10, 0), Filters.eq("name", "Cody"));
            System.out.println("Selected " + page.items().size() + " records out of a total of " + page.total() + ".");

            // 3) Let's remove the batch of records selected.
            List<User> deleted =
                    service.deleteMany(page.items().stream().map(User::getId).toList());
            System.out.println("Removed " + deleted.size() + " records out of a total of " + page.total() + ".");

            // 4) Let's count the remaining rows
            System.out.println("Found " + service.count() + " remaining records after delete.");
        }
    }
}
