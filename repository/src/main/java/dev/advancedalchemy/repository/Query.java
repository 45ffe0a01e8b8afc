package dev.advancedalchemy.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method that runs the given JPQL instead of a derived query.
 *
 * <pre>{@code
 * @AlchemyRepository
 * public interface UserRepository extends SyncRepository<User, UUID> {
 *     @Query("SELECT u FROM User u WHERE u.email = :email AND u.active = TRUE")
 *     Optional<User> activeByEmail(@Param("email") String email);
 *
 *     @Query("UPDATE User u SET u.active = FALSE WHERE u.lastLogin < :before")
 *     int deactivateIdle(@Param("before") Instant before);
 * }
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Parameters bind by name: {@link Param @Param("x")} binds {@code :x}; without {@code @Param} the Java
 *       parameter name is used (compile with {@code -parameters}). Positional {@code ?1} parameters bind in
 *       declaration order. Every parameter must be used and every JPQL parameter bound, checked at deployment.
 *   <li>A {@code SELECT} returns {@code T}, {@code Optional<T>}, {@code List<T>}, {@code Stream<T>} for any row
 *       type {@code T}, {@code long}/{@code int}/{@code boolean} for a single scalar, or {@code ListAndCount<T>}
 *       when {@link #countQuery()} is given. A single {@code T} throws
 *       {@link dev.advancedalchemy.exceptions.NotFoundException} for no row and
 *       {@link dev.advancedalchemy.exceptions.MultipleResultsException} for several.
 *   <li>An {@code UPDATE}/{@code DELETE} returns {@code void}, {@code int} or {@code long} (rows affected); it
 *       bypasses entity lifecycle callbacks, as bulk JPQL does.
 *   <li>Trailing {@code LimitOffset} and {@code OrderBy} parameters page a {@code SELECT}; {@code OrderBy} is
 *       only allowed with derived queries, since it cannot be merged into arbitrary JPQL.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {
    /** The JPQL query. */
    String value();

    /** A JPQL count query with the same parameters, required when the method returns {@code ListAndCount}. */
    String countQuery() default "";
}
