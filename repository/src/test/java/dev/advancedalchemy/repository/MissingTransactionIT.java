package dev.advancedalchemy.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.TestRepositories.AuthorRepository;
import dev.advancedalchemy.repository.testmodel.Author;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TransactionRequiredException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A write with no transaction where the container owns transactions (JTA) fails with ALCH-1002 naming the entity,
 * the unit and both fixes, not with the generic ALCH-1001. The entity manager is EclipseLink's, made to answer as a
 * JTA one does ({@code getTransaction()} refused): its own flush then refuses the write for lack of a transaction.
 */
class MissingTransactionIT {
    @DatabaseTest(only = Db.H2)
    void aWriteWithoutTransactionUnderJtaNamesTheEntityTheUnitAndBothFixes(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        EntityManager em = jtaLike(emf.createEntityManager());
        AuthorRepository authors = Repositories.of(AuthorRepository.class, em);
        try {
            assertThatThrownBy(() -> authors.add(new Author("Nobody")))
                    .isInstanceOfSatisfying(RepositoryException.class, e -> {
                        assertThat(e.messageId()).isEqualTo("ALCH-1002");
                        assertThat(e.getMessage())
                                .isEqualTo("ALCH-1002: no active transaction for a write of Author (persistence unit"
                                        + " 'core'): the container manages transactions (JTA) and none is active on"
                                        + " this thread; fix: annotate the calling method or its class with"
                                        + " @Transactional, or set alchemy.units.core.commit-mode=autocommit so that"
                                        + " each REST request runs in a transaction");
                        assertThat(e.getCause()).isInstanceOf(TransactionRequiredException.class);
                    });
        } finally {
            em.close();
        }
    }

    @DatabaseTest(only = Db.H2)
    void aResourceLocalWriteStillBeginsItsOwnTransaction(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        EntityManager em = emf.createEntityManager();
        try {
            Repositories.of(AuthorRepository.class, em, Options.defaults().withAutoCommit(true))
                    .add(new Author("Somebody"));
        } finally {
            em.close();
        }
        assertThat(CoreJpa.query(emf, "select a.name from Author a", String.class))
                .containsExactly("Somebody");
    }

    /** {@code em}, refusing {@code getTransaction()} as a JTA entity manager does. */
    private static EntityManager jtaLike(EntityManager em) {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransaction")) {
                        throw new IllegalStateException("a JTA entity manager has no EntityTransaction");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
