package dev.advancedalchemy.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.examples.app.model.AuthorRepository;
import dev.advancedalchemy.examples.app.service.AuthorService;
import dev.advancedalchemy.exceptions.RepositoryException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Under Quarkus the container owns transactions (Narayana JTA): a repository write from code that is neither
 * {@code @Transactional} nor inside a REST request with a commit mode fails with ALCH-1002 naming the entity and both
 * fixes, instead of the generic ALCH-1001 with Hibernate's "Transaction is not active" as its cause. The test method
 * itself is such code: it is not a request, and it begins no transaction.
 */
@QuarkusTest
class WriteWithoutTransactionTest {
    @Inject
    AuthorService authors;

    @Inject
    AuthorRepository repository;

    @Test
    void aWriteOutsideAnyTransactionNamesTheEntityAndBothFixes() {
        String name = Api.uniqueTag() + " Nobody";

        assertThatThrownBy(() -> authors.create(Map.of("name", name)))
                .isInstanceOfSatisfying(RepositoryException.class, e -> {
                    assertThat(e.messageId()).isEqualTo("ALCH-1002");
                    assertThat(e.getMessage())
                            .isEqualTo("ALCH-1002: no active transaction for a write of Author: the container"
                                    + " manages transactions (JTA) and none is active on this thread; fix: annotate"
                                    + " the calling method or its class with @Transactional, or set"
                                    + " alchemy.units.<unit>.commit-mode=autocommit so that each REST request runs in"
                                    + " a transaction");
                    assertThat(e.getCause()).isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
                });
        assertThat(repository.count()).as("reads need no transaction").isNotNegative();
    }
}
