package dev.advancedalchemy.cdi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Qualifies an {@code EntityManager} bean as the one of a named persistence unit; repositories of that unit then
 * use it instead of an entity manager built by the extension.
 *
 * <pre>{@code
 * @Produces @Unit("users") @RequestScoped
 * EntityManager users(@Unit("users") EntityManagerFactory emf) { return emf.createEntityManager(); }
 * }</pre>
 *
 * <p>For the default unit produce a {@code @Default} {@code EntityManager}.
 */
@Documented
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Unit {
    /** The persistence unit name. */
    String value();

    /** An instance of the qualifier, for programmatic lookup. */
    final class Literal extends AnnotationLiteral<Unit> implements Unit {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /** {@code @Unit(value)}. */
        public static Literal of(String value) {
            return new Literal(Objects.requireNonNull(value, "value"));
        }

        @Override
        public String value() {
            return value;
        }
    }
}
