package dev.advancedalchemy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.service.testmodel.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RepositoryService#toInput}: request bodies read into input records; needs no database. */
class RepositoryServiceInputTest {
    record Chapter(String title) {}

    record WriterCreate(String name, LocalDate dob, List<Chapter> chapters) {
        WriterCreate {
            if (name == null || name.isBlank()) {
                throw new ConversionException("Field 'name' is required");
            }
        }
    }

    private final RepositoryService<Writer, String> service = new RepositoryService<>() {};

    @Test
    void readsAMapIntoARecordIgnoringUnknownKeys() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Le Guin");
        body.put("dob", "1929-10-21");
        body.put("chapters", List.of(Map.of("title", "Earthsea", "pages", 183)));
        body.put("id", "smuggled");

        WriterCreate input = service.toInput(body, WriterCreate.class);

        assertThat(input)
                .isEqualTo(new WriterCreate("Le Guin", LocalDate.of(1929, 10, 21), List.of(new Chapter("Earthsea"))));
    }

    @Test
    void aWrongTypeNamesTheFieldButNotTheValue() {
        Map<String, Object> body = Map.of("name", "Le Guin", "dob", "secret-looking-text");

        assertThatThrownBy(() -> service.toInput(body, WriterCreate.class))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("'dob'")
                .hasMessageContaining("WriterCreate")
                .hasMessageNotContaining("secret-looking-text");
    }

    @Test
    void theSchemasOwnConversionExceptionIsPassedOn() {
        assertThatThrownBy(() -> service.toInput(Map.of("dob", "1929-10-21"), WriterCreate.class))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("Field 'name' is required");
    }
}
