package dev.advancedalchemy.repository.internal.derived;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Param;
import dev.advancedalchemy.repository.Query;
import dev.advancedalchemy.repository.internal.util.Suggestions;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryMethodValidationTest {
    static final class User {}

    private static final EntityInfo USER = new EntityInfo(
            User.class,
            "User",
            "id",
            Map.of(
                    "id",
                    Long.class,
                    "name",
                    String.class,
                    "age",
                    int.class,
                    "active",
                    boolean.class,
                    "roles",
                    Set.class),
            Set.of("roles"));

    interface Good {
        User findByName(String name);

        Optional<User> findFirstByNameIgnoreCaseOrderByAgeDesc(String name);

        List<User> findByAgeBetween(int low, Integer high, LimitOffset page, OrderBy order);

        Stream<User> findByActiveTrue();

        ListAndCount<User> findByNameIn(Collection<String> names, LimitOffset page);

        long countByActiveFalse();

        boolean existsByNameContains(String part);

        List<User> deleteByAgeLessThan(int age);

        void deleteByName(String name);

        @Query("SELECT u FROM User u WHERE u.name = :name AND u.age > :age")
        List<User> named(@Param("name") String name, int age, LimitOffset page);

        @Query("UPDATE User u SET u.active = FALSE WHERE u.age > ?1")
        int deactivateOlderThan(int age);
    }

    interface Bad {
        List<User> findByNmae(String name);

        List<User> findByAgeLessThan(String age);

        String existsByName(String name);

        List<User> findByAgeContains(String text);

        List<User> findByName(String name, String extra);

        List<User> findByNameOrderByAgx(String name);

        List<User> findByRoles(Set<String> roles);

        List<User> findByNameIn(Collection<Integer> names);

        List<User> findByActiveTrueAndAge();

        @Query("SELECT u FROM User u WHERE u.name = :name")
        List<User> unboundParameter(@Param("nom") String name);

        @Query("DELETE FROM User u WHERE u.age > :age")
        List<User> deleteReturningList(@Param("age") int age);

        @Query("SELECT u FROM User u")
        ListAndCount<User> withoutCountQuery();
    }

    private static List<String> problems(Class<?> repository) {
        List<String> problems = new ArrayList<>();
        for (Method m : repository.getDeclaredMethods()) {
            String where = repository.getSimpleName() + "." + m.getName();
            if (m.isAnnotationPresent(Query.class)) {
                AnnotatedQueryValidator.create(m, where, problems);
            } else {
                DerivedQueryValidator.create(m, where, USER, problems);
            }
        }
        return problems;
    }

    @Test
    void acceptsEverySupportedShape() {
        assertThat(problems(Good.class)).isEmpty();
    }

    @Test
    void namesRepositoryMethodAndFixForEveryProblem() {
        List<String> problems = problems(Bad.class);
        assertThat(problems)
                .contains(
                        "Bad.findByNmae: entity User has no attribute 'nmae'; did you mean 'name'?",
                        "Bad.findByAgeLessThan: parameter 1 (String) for 'age' (int) has the wrong type; declare it"
                                + " as int",
                        "Bad.existsByName: returns java.lang.String, but exists… methods return boolean",
                        "Bad.findByAgeContains: Contains needs a String attribute, but 'age' (int) is not; remove"
                                + " Contains or compare with Equals/Between",
                        "Bad.findByName: parameter 2 (String) is not used by the method name; remove it, add a"
                                + " condition for it to the name, or use LimitOffset/OrderBy/Filter... as trailing"
                                + " parameters",
                        "Bad.findByNameOrderByAgx: OrderBy names 'agx', but entity User has no such attribute; did"
                                + " you mean 'age'?",
                        "Bad.findByRoles: attribute 'roles' (Set) is a collection; derived queries compare"
                                + " single-valued attributes, use @Query with a JOIN",
                        "Bad.findByNameIn: parameter 1 (Collection) for 'name' (String) holds Integer; declare it as"
                                + " Collection<String>",
                        "Bad.findByActiveTrueAndAge: the condition on 'age' (Equals) needs 1 argument(s) but the"
                                + " method has too few parameters; add a int parameter",
                        "Bad.unboundParameter: parameter 1 binds :nom, which the JPQL does not use; use it in the"
                                + " query, rename it with @Param, or remove it",
                        "Bad.unboundParameter: the JPQL uses :name but no method parameter binds it; add a parameter"
                                + " annotated @Param(\"name\")",
                        "Bad.deleteReturningList: a DELETE query returns the number of rows; declare void, int or"
                                + " long",
                        "Bad.withoutCountQuery: returns ListAndCount, so @Query needs countQuery = \"SELECT"
                                + " COUNT(…) …\"");
        assertThat(problems).hasSize(13);
        assertThat(Arrays.stream(Bad.class.getDeclaredMethods()).map(Method::getName))
                .allSatisfy(name -> assertThat(problems).anyMatch(p -> p.startsWith("Bad." + name + ":")));
    }

    @Test
    void findsJpqlParametersOutsideLiterals() {
        assertThat(JpqlParameters.of("SELECT u FROM User u WHERE u.name = ':fake' AND u.a = :a OR u.b = ?2"))
                .containsExactly("a", "?2");
    }

    @Test
    void suggestsOnlyCloseNames() {
        assertThat(Suggestions.closest("nmae", List.of("name", "age"))).contains("name");
        assertThat(Suggestions.closest("somethingElse", List.of("name", "age"))).isEmpty();
    }
}
