package dev.advancedalchemy.naming.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

class SnakeCasePhysicalNamingStrategyTest {
    private final SnakeCasePhysicalNamingStrategy strategy = new SnakeCasePhysicalNamingStrategy();

    @Test
    void tableNamesBecomeSnakeCaseAndLowerCaseNamesStay() {
        assertThat(strategy.toPhysicalTableName(Identifier.toIdentifier("HTTPRequestLog"), null)
                        .getText())
                .isEqualTo("http_request_log");
        assertThat(strategy.toPhysicalTableName(Identifier.toIdentifier("legacy_things"), null)
                        .getText())
                .isEqualTo("legacy_things");
    }

    @Test
    void defaultJoinTableNamesGetOneUnderscoreBetweenTheParts() {
        assertThat(strategy.toPhysicalTableName(Identifier.toIdentifier("HTTPRequestLog_BookAuthor"), null)
                        .getText())
                .isEqualTo("http_request_log_book_author");
        assertThat(strategy.toPhysicalTableName(Identifier.toIdentifier("_Odd__Name"), null)
                        .getText())
                .isEqualTo("_odd__name");
    }

    @Test
    void implicitEntitySequencesBecomeTableIdSeqAndOtherSequencesStay() {
        assertThat(strategy.toPhysicalSequenceName(Identifier.toIdentifier("BigIntThing_SEQ"), null)
                        .getText())
                .isEqualTo("big_int_thing_id_seq");
        assertThat(strategy.toPhysicalSequenceName(Identifier.toIdentifier("order_numbers"), null)
                        .getText())
                .isEqualTo("order_numbers");
    }

    @Test
    void columnsAndSchemasKeepTheirNames() {
        assertThat(strategy.toPhysicalColumnName(Identifier.toIdentifier("createdAt"), null)
                        .getText())
                .isEqualTo("createdAt");
        assertThat(strategy.toPhysicalSchemaName(Identifier.toIdentifier("Audit"), null)
                        .getText())
                .isEqualTo("Audit");
    }
}
