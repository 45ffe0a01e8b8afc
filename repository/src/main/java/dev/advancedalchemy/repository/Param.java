package dev.advancedalchemy.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the JPQL parameter a {@link Query @Query} method parameter binds to.
 *
 * <pre>{@code
 * @Query("SELECT u FROM User u WHERE u.name = :name")
 * List<User> named(@Param("name") String name);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {
    /** The parameter name as written after the colon in the JPQL. */
    String value();
}
