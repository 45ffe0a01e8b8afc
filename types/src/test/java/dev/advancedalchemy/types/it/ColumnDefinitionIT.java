package dev.advancedalchemy.types.it;

import static dev.advancedalchemy.types.it.JsonConverterIT.inTx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.Db;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Map;

/**
 * EclipseLink with the unit's one alchemy property: the shipped converters, not listed in the unit, declare and bind
 * their columns, and a {@code columnDefinition} the user chose wins.
 */
class ColumnDefinitionIT {

    @DatabaseTest
    void shippedConvertersDeclareAndBindColumnsUnlisted(TestDatabase db) throws Exception {
        EntityManagerFactory emf = Units.ECLIPSELINK.create(db, ColumnDoc.class);
        try {
            Instant at = Instant.parse("2025-06-01T12:00:00.654321Z");
            inTx(emf, em -> {
                ColumnDoc doc = new ColumnDoc();
                doc.id = 1L;
                doc.attributes = Map.of("k", "v");
                doc.createdAt = at;
                doc.asText = Map.of("t", 1);
                em.persist(doc);
            });
            emf.getCache().evictAll();
            EntityManager em = emf.createEntityManager();
            try {
                ColumnDoc read = em.find(ColumnDoc.class, 1L);
                assertThat(read.attributes).isEqualTo(Map.of("k", "v"));
                assertThat(read.createdAt).isEqualTo(at);
                assertThat(read.asText).isEqualTo(Map.of("t", 1));
            } finally {
                em.close();
            }
            assertThat(Columns.of(db, "column_doc", "attributes").typeName())
                    .isEqualTo(db.db() == Db.POSTGRES ? "jsonb" : db.db() == Db.H2 ? "json" : "longtext");
            // the user's columnDefinition TEXT was kept (H2 reports it as character varying)
            assertThat(Columns.of(db, "column_doc", "as_text").typeName()).isIn("text", "character varying");
        } finally {
            emf.close();
        }
    }
}
