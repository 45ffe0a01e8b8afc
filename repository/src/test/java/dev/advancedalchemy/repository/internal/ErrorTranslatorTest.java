package dev.advancedalchemy.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.exceptions.DuplicateKeyException;
import dev.advancedalchemy.exceptions.ForeignKeyException;
import dev.advancedalchemy.exceptions.IntegrityException;
import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.internal.ErrorTranslator.Kind;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorTranslatorTest {

    @Test
    void classifiesBySqlStateAndVendorCode() {
        assertThat(ErrorTranslator.classifyOne("23505", 0)).isEqualTo(Kind.DUPLICATE); // PostgreSQL, H2
        assertThat(ErrorTranslator.classifyOne("23000", 1062)).isEqualTo(Kind.DUPLICATE); // MariaDB
        assertThat(ErrorTranslator.classifyOne("23503", 0)).isEqualTo(Kind.FOREIGN_KEY); // PostgreSQL, H2 child
        assertThat(ErrorTranslator.classifyOne("23506", 23506)).isEqualTo(Kind.FOREIGN_KEY); // H2 parent missing
        assertThat(ErrorTranslator.classifyOne("23000", 1452)).isEqualTo(Kind.FOREIGN_KEY); // MariaDB
        assertThat(ErrorTranslator.classifyOne("23000", 1451)).isEqualTo(Kind.FOREIGN_KEY);
        assertThat(ErrorTranslator.classifyOne("23502", 0)).isEqualTo(Kind.INTEGRITY); // not null
        assertThat(ErrorTranslator.classifyOne("23000", 1048)).isEqualTo(Kind.INTEGRITY);
        assertThat(ErrorTranslator.classifyOne("42P01", 0)).isEqualTo(Kind.NONE);
        assertThat(ErrorTranslator.classifyOne(null, 0)).isEqualTo(Kind.NONE);
    }

    @Test
    void looksIntoTheNextExceptionOfABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch aborted", null, 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));
        RuntimeException translated =
                ErrorTranslator.translate(new PersistenceException(batch), "Author", Options.defaults());

        assertThat(translated).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void picksConstraintNamesOutOfDriverMessages() {
        assertThat(ErrorTranslator.fromMessage("Duplicate entry 'x' for key 'uq_author_name'"))
                .isEqualTo("uq_author_name");
        assertThat(ErrorTranslator.fromMessage(
                        "Cannot delete or update a parent row: a foreign key constraint fails (`db`.`book`,"
                                + " CONSTRAINT `FK_book_author` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`))"))
                .isEqualTo("FK_book_author");
        assertThat(ErrorTranslator.fromMessage("Referential integrity constraint violation: \"FK_BOOK_AUTHOR:"
                        + " PUBLIC.BOOK FOREIGN KEY(AUTHOR_ID)\""))
                .isEqualTo("FK_BOOK_AUTHOR");
        assertThat(ErrorTranslator.fromMessage("Unique index or primary key violation: \"PUBLIC.UQ_NAME INDEX"
                        + " PUBLIC.UQ_NAME_INDEX_E ON PUBLIC.AUTHOR(NAME)\""))
                .isEqualTo("UQ_NAME");
        assertThat(ErrorTranslator.fromMessage("something else")).isNull();
    }

    @Test
    void messagesNeverCarryTheDriverTextWithItsValues() {
        SQLException driver = new SQLException("Duplicate entry 's3cret' for key 'uq_token'", "23000", 1062);
        RuntimeException translated =
                ErrorTranslator.translate(new PersistenceException(driver), "Token", Options.defaults());

        assertThat(translated)
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("Token")
                .hasMessageContaining("uq_token")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void otherFailuresAreRepositoryExceptionsAndProgrammingErrorsPassThrough() {
        RuntimeException other = ErrorTranslator.translate(
                new PersistenceException(new SQLException("syntax", "42601")), "Author", Options.defaults());
        IllegalArgumentException bug = new IllegalArgumentException("bad");

        assertThat(other).isExactlyInstanceOf(RepositoryException.class).isNotInstanceOf(IntegrityException.class);
        assertThat(ErrorTranslator.translate(bug, "Author", Options.defaults())).isSameAs(bug);
        assertThat(ErrorTranslator.translate(
                        new PersistenceException(new SQLException("fk", "23503")), "Author", Options.defaults()))
                .isInstanceOf(ForeignKeyException.class);
    }
}
