package dev.advancedalchemy.it.errors;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Param;
import dev.advancedalchemy.repository.Query;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.Collection;
import java.util.List;

/** One method per kind of mistake a derived or @Query method can make; every one must be reported at deployment. */
@AlchemyRepository(unit = "main")
public interface BadMethods extends SyncRepository<Person, Long> {
    // --- method names
    List<Person> findByNmae(String name);

    List<Person> findByZzz(String value);

    List<Person> findByNameOrderByAgge(String name);

    List<Person> findFirst0ByName(String name);

    List<Person> findByNameOrderBy(String name);

    long countBy();

    List<Person> lookup(String name);

    // --- return types
    String findByEmail(String email);

    String countByAge(int age);

    long existsByEmail(String email);

    String deleteByAge(int age);

    // --- parameters
    List<Person> findByAgeBetween(int low);

    List<Person> findByName(String name, String extra);

    List<Person> findByAge(String age);

    List<Person> findByNameIn(String names);

    List<Person> findByAgeIn(Collection<String> ages);

    List<Person> findByNameContains(int part);

    // --- keywords on the wrong attribute type
    List<Person> findByAgeStartsWith(String prefix);

    List<Person> findByAgeTrue();

    List<Person> findByNameInIgnoreCase(Collection<String> names);

    // --- @Query
    @Query("")
    List<Person> emptyQuery();

    @Query("SELECT p FROM Person p WHERE p.name = :name")
    List<Person> unboundParameter(String other);

    @Query("SELECT p FROM Person p WHERE p.name = :name")
    List<Person> unusedParameter(@Param("name") String name, @Param("age") int age);

    @Query("SELECT p FROM Person p")
    List<Person> sortedQuery(OrderBy order);

    @Query("UPDATE Person p SET p.active = FALSE")
    List<Person> updateReturningRows();

    @Query("SELECT p FROM Person p")
    void selectReturningNothing();

    @Query("SELECT p FROM Person p")
    ListAndCount<Person> pageWithoutCountQuery();
}
