package dev.advancedalchemy.cdi;

import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a repository interface injectable: the extension registers a {@code @Singleton} bean whose type is
 * the interface, backed by a repository of persistence unit {@link #unit()}.
 *
 * <pre>{@code
 * @AlchemyRepository(unit = "users")
 * @Archived                                  // any CDI qualifier on the interface is copied to the bean
 * public interface ArchivedUserRepository extends SyncRepository<User, UUID> {
 *     Optional<User> findFirstByEmailIgnoreCase(String email);
 *     @Query("SELECT u FROM User u WHERE u.age > :age") List<User> olderThan(@Param("age") int age);
 *     default List<User> adults() { return olderThan(17); }
 * }
 *
 * @Inject @Archived ArchivedUserRepository archived;
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>It is a {@code @Stereotype}, so interfaces are found in bean archives with {@code bean-discovery-mode}
 *       {@code annotated} as well as {@code all}. Only interfaces may carry it.
 *   <li>Every method is checked when the container starts: base methods, derived queries ({@code findBy…},
 *       {@code countBy…}, {@code existsBy…}, {@code deleteBy…}), {@code @Query} methods and default methods. A bad
 *       repository fails startup with one {@link dev.advancedalchemy.exceptions.RepositoryDefinitionException}
 *       listing every problem of every repository, never the first call.
 *   <li>Entity manager of unit {@code u}: the application's {@code EntityManager} bean qualified
 *       {@link Unit @Unit("u")} ({@code @Default} for the default unit {@code ""}) when one exists (a producer,
 *       Jakarta EE 11, Quarkus); otherwise, in Java SE, the extension builds the entity manager factory of unit
 *       {@code u} from {@code META-INF/persistence.xml} with MicroProfile Config overrides
 *       ({@code alchemy.units.<u>.url}, {@code .user}, {@code .password}, {@code .properties.<jpa-property>}) and
 *       closes it at shutdown. The default unit {@code ""} is the only unit of {@code persistence.xml}. A unit
 *       that neither exists fails deployment.
 *   <li>Transactions: under JTA (Payara, WildFly, Quarkus) the platform's. Without JTA the extension's
 *       {@code @Transactional} interceptor binds one entity manager per unit to each transaction; a repository
 *       call outside any transaction runs in its own short transaction (so a returned {@code Stream} must be
 *       consumed inside a {@code @Transactional} method).
 * </ul>
 */
@Documented
@Stereotype
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AlchemyRepository {
    /** The persistence unit name; {@code ""} (the default) means the default unit. */
    String unit() default "";
}
