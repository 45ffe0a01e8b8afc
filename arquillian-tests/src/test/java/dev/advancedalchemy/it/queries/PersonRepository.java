package dev.advancedalchemy.it.queries;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.it.model.Person;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Param;
import dev.advancedalchemy.repository.Query;
import dev.advancedalchemy.repository.SyncRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@AlchemyRepository(unit = "main")
public interface PersonRepository extends SyncRepository<Person, Long> {
    Person findByEmail(String email);

    Optional<Person> findFirstByNameIgnoreCaseOrderByAgeDesc(String name);

    List<Person> findByAgeBetweenOrderByAgeAsc(int low, int high);

    List<Person> findByActiveTrueOrNameStartsWith(String prefix, OrderBy order);

    List<Person> findByNameContains(String part, OrderBy order);

    List<Person> findByNameIn(Collection<String> names, OrderBy order);

    List<Person> findByNameNotIn(Collection<String> names, OrderBy order);

    List<Person> findByEmailIsNull();

    List<Person> findByAgeGreaterThanEqualAndActiveFalse(int age);

    ListAndCount<Person> findByActiveTrue(LimitOffset page, OrderBy order);

    Stream<Person> findByAgeLessThan(int age);

    long countByActiveTrue();

    boolean existsByEmail(String email);

    long deleteByAgeGreaterThan(int age);

    @Query("SELECT p FROM Person p WHERE p.age > :age ORDER BY p.age DESC")
    List<Person> olderThan(@Param("age") int age);

    @Query("SELECT COUNT(p) FROM Person p WHERE p.name LIKE ?1")
    long countNamed(String pattern);

    @Query("UPDATE Person p SET p.active = FALSE WHERE p.age < :age")
    int deactivateYoungerThan(@Param("age") int age);

    default List<String> namesOlderThan(int age) {
        return olderThan(age).stream().map(Person::getName).toList();
    }
}
