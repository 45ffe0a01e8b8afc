package dev.advancedalchemy.repository.internal.derived;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.repository.ShelfRepository;
import dev.advancedalchemy.repository.SyncRepository;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** Only the library's base interfaces are "library": a user's interface in the same package is validated. */
class QueryMethodsLibraryTest {
    @Test
    void aUsersInterfaceInTheLibraryPackageStillGetsQueryHandlers() throws Exception {
        assertThat(QueryMethods.needsHandler(
                        ShelfRepository.class, ShelfRepository.class.getMethod("findByTitle", String.class)))
                .isTrue();
    }

    @Test
    void baseMethodsAndTheirRedeclarationsAreServedByTheBase() throws Exception {
        assertThat(QueryMethods.needsHandler(
                        ShelfRepository.class, SyncRepository.class.getMethod("find", Object.class)))
                .isFalse();
        assertThat(QueryMethods.needsHandler(
                        ShelfRepository.class, ShelfRepository.class.getMethod("find", String.class)))
                .isFalse();
        assertThat(QueryMethods.needsHandler(
                        ShelfRepository.class, ShelfRepository.class.getMethod("getBySlug", String.class)))
                .isFalse();
    }

    interface Overloads extends SyncRepository<String, String> {
        long zcountByName(String name);

        String findByName(String name);

        String findByName(Integer name);

        long countByName(String name);
    }

    @Test
    void onlyQueryMethodsAreResolvedInNameThenSignatureOrder() {
        assertThat(QueryMethods.sortedQueryMethods(Overloads.class).stream()
                        .map(Method::toGenericString)
                        .map(s -> s.substring(s.indexOf("Overloads.") + "Overloads.".length())))
                .containsExactly(
                        "countByName(java.lang.String)",
                        "findByName(java.lang.Integer)",
                        "findByName(java.lang.String)",
                        "zcountByName(java.lang.String)");
    }
}
