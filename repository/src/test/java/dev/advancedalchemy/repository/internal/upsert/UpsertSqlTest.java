package dev.advancedalchemy.repository.internal.upsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.RepositoryException;
import dev.advancedalchemy.repository.internal.dialect.BindLimits;
import dev.advancedalchemy.repository.internal.dialect.mapping.MappedColumn;
import dev.advancedalchemy.types.spi.Database;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsertSqlTest {
    private static final UpsertPlan PLAN =
            new UpsertPlan("item", List.of("id", "sku", "name", "version"), List.of("sku"), List.of("name"), "version");

    @Test
    void postgresUsesOnConflictOnTheMatchColumnsAndIncrementsTheVersion() {
        assertThat(UpsertSql.render(Database.POSTGRESQL, PLAN, 2))
                .isEqualTo("INSERT INTO item AS t (id, sku, name, version) VALUES (?, ?, ?, ?), (?, ?, ?, ?)"
                        + " ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, version = t.version + 1");
    }

    @Test
    void postgresColumnarFormSendsOneTypedArrayPerColumn() {
        assertThat(UpsertSql.postgresColumns(PLAN, List.of("uuid", "varchar", "text", "int8")))
                .isEqualTo("INSERT INTO item AS t (id, sku, name, version)"
                        + " SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::text[], ?::int8[])"
                        + " ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, version = t.version + 1");
    }

    @Test
    void mariadbUsesOnDuplicateKeyUpdate() {
        assertThat(UpsertSql.render(Database.MARIADB, PLAN, 1))
                .isEqualTo("INSERT INTO item (id, sku, name, version) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), version = version + 1");
    }

    @Test
    void h2UsesAStandardMergeThatInsertsOnlyWhenNotMatched() {
        assertThat(UpsertSql.render(Database.H2, PLAN, 1))
                .isEqualTo("MERGE INTO item t USING (VALUES (?, ?, ?, ?)) AS s (id, sku, name, version)"
                        + " ON t.sku = s.sku WHEN MATCHED THEN UPDATE SET name = s.name, version = t.version + 1"
                        + " WHEN NOT MATCHED THEN INSERT (id, sku, name, version)"
                        + " VALUES (s.id, s.sku, s.name, s.version)");
    }

    @Test
    void aPlanWithNothingToOverwriteStillLocksTheRow() {
        UpsertPlan keysOnly = new UpsertPlan("tag", List.of("code"), List.of("code"), List.of(), "");
        assertThat(UpsertSql.render(Database.POSTGRESQL, keysOnly, 1)).endsWith("DO UPDATE SET code = t.code");
        assertThat(UpsertSql.render(Database.MARIADB, keysOnly, 1)).endsWith("ON DUPLICATE KEY UPDATE code = code");
    }

    @Test
    void databasesWithoutANativeUpsertHereAreRejectedClearly() {
        assertThatThrownBy(() -> UpsertSql.render(Database.ORACLE, PLAN, 1))
                .isInstanceOf(RepositoryException.class)
                .hasMessageContaining("ALCH-1327")
                .hasMessageContaining("ORACLE");
    }

    @Test
    void chunksStayUnderTheBindParameterLimit() {
        assertThat(BindLimits.maxParameters(Database.POSTGRESQL)).isLessThanOrEqualTo(65_535);
        assertThat(BindLimits.maxParameters(Database.MARIADB)).isLessThanOrEqualTo(65_535);
    }

    @Test
    void createdAuditColumnsKeyAndNonUpdatableColumnsKeepTheirInsertedValue() {
        assertThat(UpsertPlan.keepsInsertedValue(col("created_at", "createdAt", true)))
                .isTrue();
        assertThat(UpsertPlan.keepsInsertedValue(col("created_by", null, true))).isTrue();
        assertThat(UpsertPlan.keepsInsertedValue(col("origin", "origin", false)))
                .isTrue();
        assertThat(UpsertPlan.keepsInsertedValue(col("updated_at", "updatedAt", true)))
                .isFalse();
        assertThat(UpsertPlan.keepsInsertedValue(new MappedColumn("id", "id", "id", MappedColumn.Kind.ID, true)))
                .isTrue();
    }

    @Test
    void keysCompareAsTheDatabaseDoes() {
        assertThat(UpsertKey.of(new Object[] {"Foo"}, true)).isEqualTo(UpsertKey.of(new Object[] {"foo"}, true));
        assertThat(UpsertKey.of(new Object[] {"Foo"}, false)).isNotEqualTo(UpsertKey.of(new Object[] {"foo"}, false));
        assertThat(UpsertKey.of(new Object[] {"a", 2}, false)).isLessThan(UpsertKey.of(new Object[] {"a", 10}, false));
    }

    private static MappedColumn col(String name, String attribute, boolean updatable) {
        return new MappedColumn(name, name, attribute, MappedColumn.Kind.REGULAR, updatable);
    }
}
