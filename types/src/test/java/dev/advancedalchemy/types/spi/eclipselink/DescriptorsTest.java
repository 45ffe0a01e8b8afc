package dev.advancedalchemy.types.spi.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.junit.jupiter.api.Test;

class DescriptorsTest {
    static class Book {
        String title;
        String isbn;
    }

    @Test
    void readsTheTablesFieldsAndMappingsOfADescriptor() {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(Book.class);
        descriptor.setTableName("book");
        descriptor.addTableName("book_detail");
        descriptor.addDirectMapping("title", "TITLE");
        descriptor.addDirectMapping("isbn", "book_detail.ISBN");
        descriptor.getFields().add(new DatabaseField("book.TITLE"));

        assertThat(Descriptors.tables(descriptor))
                .extracting(DatabaseTable::getName)
                .containsExactly("book", "book_detail");
        assertThat(Descriptors.mappings(descriptor))
                .extracting(DatabaseMapping::getAttributeName)
                .containsExactly("title", "isbn");
        List<DatabaseField> fields = Descriptors.fields(descriptor);
        assertThat(fields).extracting(DatabaseField::getName).containsExactly("TITLE");
    }

    @Test
    void returnsTheDescriptorsOwnListsSoChangesAreSeen() {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setTableName("author");

        Descriptors.tables(descriptor).get(0).setName("writer");

        assertThat(descriptor.getTableName()).isEqualTo("writer");
    }
}
