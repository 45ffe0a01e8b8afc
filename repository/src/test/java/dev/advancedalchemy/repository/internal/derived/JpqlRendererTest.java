package dev.advancedalchemy.repository.internal.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpqlRendererTest {
    private static final Set<String> ATTRIBUTES =
            Set.of("name", "email", "age", "active", "createdAt", "status", "isNull", "domain", "URL");

    private static String jpql(String methodName) {
        return render(methodName, List.of(), Set.of()).jpql();
    }

    private static RenderedQuery render(String methodName, List<Sort> extra, Set<Integer> empty) {
        return JpqlRenderer.render(MethodNameParser.parse(methodName, ATTRIBUTES), "User", "id", extra, empty);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "findByName | SELECT e FROM User e WHERE e.name = :p0",
                "findByNameEquals | SELECT e FROM User e WHERE e.name = :p0",
                "findByNameIs | SELECT e FROM User e WHERE e.name = :p0",
                "findByNameNot | SELECT e FROM User e WHERE e.name <> :p0",
                "findByAgeLessThan | SELECT e FROM User e WHERE e.age < :p0",
                "findByAgeLessThanEqual | SELECT e FROM User e WHERE e.age <= :p0",
                "findByAgeGreaterThan | SELECT e FROM User e WHERE e.age > :p0",
                "findByAgeIsGreaterThanEqual | SELECT e FROM User e WHERE e.age >= :p0",
                "findByAgeBetween | SELECT e FROM User e WHERE e.age BETWEEN :p0 AND :p1",
                "findByCreatedAtBefore | SELECT e FROM User e WHERE e.createdAt < :p0",
                "findByCreatedAtIsAfter | SELECT e FROM User e WHERE e.createdAt > :p0",
                "findByStatusIn | SELECT e FROM User e WHERE e.status IN :p0",
                "findByStatusNotIn | SELECT e FROM User e WHERE e.status NOT IN :p0",
                "findByNameLike | SELECT e FROM User e WHERE e.name LIKE :p0 ESCAPE '!'",
                "findByNameNotLike | SELECT e FROM User e WHERE e.name NOT LIKE :p0 ESCAPE '!'",
                "findByNameStartsWith | SELECT e FROM User e WHERE e.name LIKE :p0 ESCAPE '!'",
                "findByNameEndingWith | SELECT e FROM User e WHERE e.name LIKE :p0 ESCAPE '!'",
                "findByNameContains | SELECT e FROM User e WHERE e.name LIKE :p0 ESCAPE '!'",
                "findByNameContainsIgnoreCase | SELECT e FROM User e WHERE LOWER(e.name) LIKE LOWER(:p0) ESCAPE '!'",
                "findByNameIgnoreCase | SELECT e FROM User e WHERE LOWER(e.name) = LOWER(:p0)",
                "findByEmailIsNull | SELECT e FROM User e WHERE e.email IS NULL",
                "findByEmailIsNotNull | SELECT e FROM User e WHERE e.email IS NOT NULL",
                "findByEmailNotNull | SELECT e FROM User e WHERE e.email IS NOT NULL",
                "findByActiveTrue | SELECT e FROM User e WHERE e.active = TRUE",
                "findByActiveIsFalse | SELECT e FROM User e WHERE e.active = FALSE",
                "findByNameAndAge | SELECT e FROM User e WHERE e.name = :p0 AND e.age = :p1",
                "findByNameOrEmail | SELECT e FROM User e WHERE e.name = :p0 OR e.email = :p1",
                "findByNameAndAgeOrEmailAndActiveTrue | SELECT e FROM User e WHERE (e.name = :p0 AND e.age = :p1)"
                        + " OR (e.email = :p2 AND e.active = TRUE)",
                "findByNameAndEmailAllIgnoreCase | SELECT e FROM User e WHERE LOWER(e.name) = LOWER(:p0)"
                        + " AND LOWER(e.email) = LOWER(:p1)",
                "findByNameOrderByCreatedAtDesc | SELECT e FROM User e WHERE e.name = :p0 ORDER BY e.createdAt DESC",
                "findByActiveTrueOrderByAgeAscNameDesc | SELECT e FROM User e WHERE e.active = TRUE"
                        + " ORDER BY e.age ASC, e.name DESC",
                "findAllByOrderByName | SELECT e FROM User e ORDER BY e.name ASC",
                "findDistinctByName | SELECT DISTINCT e FROM User e WHERE e.name = :p0",
                "findFirstByNameOrderByAge | SELECT e FROM User e WHERE e.name = :p0 ORDER BY e.age ASC",
                "countByName | SELECT COUNT(e) FROM User e WHERE e.name = :p0",
                "countDistinctByName | SELECT COUNT(DISTINCT e) FROM User e WHERE e.name = :p0",
                "existsByEmail | SELECT e.id FROM User e WHERE e.email = :p0",
                "deleteByActiveFalse | SELECT e FROM User e WHERE e.active = FALSE",
                "findByIsNull | SELECT e FROM User e WHERE e.isNull = :p0",
                "findByDomain | SELECT e FROM User e WHERE e.domain = :p0",
                "findByURLStartsWith | SELECT e FROM User e WHERE e.URL LIKE :p0 ESCAPE '!'",
                "findByNameAndAgeBetweenAndEmail | SELECT e FROM User e WHERE e.name = :p0 AND e.age BETWEEN :p1"
                        + " AND :p2 AND e.email = :p3",
            })
    void rendersJpql(String methodName, String expected) {
        assertThat(jpql(methodName)).isEqualTo(expected);
    }

    @Test
    void countAndExistsIgnoreOrder() {
        assertThat(jpql("countByNameOrderByAge")).isEqualTo("SELECT COUNT(e) FROM User e WHERE e.name = :p0");
    }

    @Test
    void firstAndTopSetTheLimit() {
        assertThat(MethodNameParser.parse("findFirstByName", ATTRIBUTES).limit())
                .isEqualTo(1);
        assertThat(MethodNameParser.parse("findTop10ByName", ATTRIBUTES).limit())
                .isEqualTo(10);
        assertThat(MethodNameParser.parse("findByName", ATTRIBUTES).limit()).isNull();
    }

    @Test
    void bindingsFollowArgumentOrderAndEscapeLikeShortcuts() {
        RenderedQuery q =
                render("findByNameContainsAndEmailStartsWithAndAgeBetweenAndURLEndsWith", List.of(), Set.of());
        assertThat(q.bindings()).extracting(RenderedQuery.Binding::name).containsExactly("p0", "p1", "p2", "p3", "p4");
        Object[] args = {"50%_off!", "a_b", 1, 9, "x%"};
        assertThat(q.bindings())
                .extracting(b -> b.value(args[b.argIndex()]))
                .containsExactly("%50!%!_off!!%", "a!_b%", 1, 9, "%x!%");
    }

    @Test
    void likeKeepsTheCallersPattern() {
        RenderedQuery q = render("findByNameLike", List.of(), Set.of());
        assertThat(q.bindings().get(0).value("a%b")).isEqualTo("a%b");
    }

    @Test
    void inAcceptsArraysAsLists() {
        RenderedQuery q = render("findByStatusIn", List.of(), Set.of());
        assertThat(q.bindings().get(0).value(new String[] {"A", "B"})).isEqualTo(List.of("A", "B"));
    }

    @Test
    void emptyCollectionsBecomeConstantConditions() {
        assertThat(render("findByStatusInOrNameNotIn", List.of(), Set.of(0, 1)).jpql())
                .isEqualTo("SELECT e FROM User e WHERE 1 = 0 OR 1 = 1");
        assertThat(render("findByStatusInOrNameNotIn", List.of(), Set.of(0, 1)).bindings())
                .isEmpty();
    }

    @Test
    void dynamicSortIsAppendedAfterTheStaticOne() {
        assertThat(render("findByActiveTrueOrderByAgeDesc", List.of(new Sort("name", false)), Set.of())
                        .jpql())
                .isEqualTo("SELECT e FROM User e WHERE e.active = TRUE ORDER BY e.age DESC, e.name ASC");
    }

    @Test
    void rejectsNamesThatAreNotDerivedQueries() {
        assertThatThrownBy(() -> MethodNameParser.parse("findBy", ATTRIBUTES))
                .hasMessageContaining("no condition after By");
        assertThatThrownBy(() -> MethodNameParser.parse("findByNameOrderBy", ATTRIBUTES))
                .hasMessageContaining("ends with OrderBy");
        assertThatThrownBy(() -> MethodNameParser.parse("searchByName", ATTRIBUTES))
                .hasMessageContaining("is not a derived query name");
        assertThatThrownBy(() -> MethodNameParser.parse("findTop0ByName", ATTRIBUTES))
                .hasMessageContaining("positive number");
    }

    @Test
    void escapesOnlyTheEscapeCharacterAndWildcards() {
        assertThat(LikePatterns.escape("a%b_c!d[e\\f")).isEqualTo("a!%b!_c!!d[e\\f");
    }
}
