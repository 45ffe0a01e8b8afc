package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonConverterTest {

    record Item(String name, LocalDate due, Instant at) {}

    static class ItemJson extends JsonConverter<Item> {}

    static class ItemsJson extends JsonConverter<List<Item>> {}

    /** An intermediate generic class must not hide the bound type. */
    abstract static class Middle<X> extends JsonConverter<X> {}

    static class ViaMiddle extends Middle<Item> {}

    @SuppressWarnings("rawtypes")
    static class Raw extends JsonConverter {}

    @Test
    void writesRecordsAsCompactJsonWithIsoDates() {
        Item item = new Item("pay", LocalDate.of(2025, 1, 31), Instant.parse("2025-01-31T10:15:30.123456Z"));
        assertThat(new ItemJson().convertToDatabaseColumn(item))
                .isEqualTo("{\"name\":\"pay\",\"due\":\"2025-01-31\",\"at\":\"2025-01-31T10:15:30.123456Z\"}");
    }

    @Test
    void readsBackRecordsAndGenericListsWithTheirElementType() {
        Item item = new Item("pay", LocalDate.of(2025, 1, 31), Instant.parse("2025-01-31T10:15:30Z"));
        ItemsJson converter = new ItemsJson();
        List<Item> read = converter.convertToEntityAttribute(converter.convertToDatabaseColumn(List.of(item, item)));
        assertThat(read).containsExactly(item, item);
        assertThat(read.get(0)).isInstanceOf(Item.class);
        assertThat(new ViaMiddle().storedType().getRawClass()).isEqualTo(Item.class);
    }

    @Test
    void mapsAndListsRoundTripWithJsonNumberTypes() {
        JsonMapConverter maps = new JsonMapConverter();
        Map<String, Object> read =
                maps.convertToEntityAttribute("{\"a\":1,\"b\":12345678901,\"c\":1.5,\"d\":[true,null]}");
        assertThat(read).containsEntry("a", 1).containsEntry("b", 12345678901L).containsEntry("c", 1.5);
        assertThat(read.get("d")).isEqualTo(java.util.Arrays.asList(true, null));
        assertThat(new JsonListConverter().convertToDatabaseColumn(List.of(1, "x")))
                .isEqualTo("[1,\"x\"]");
    }

    @Test
    void unknownPropertiesInStoredDocumentsAreIgnored() {
        Item read = new ItemJson().convertToEntityAttribute("{\"name\":\"n\",\"removedField\":42}");
        assertThat(read.name()).isEqualTo("n");
    }

    @Test
    void nullStaysNull() {
        assertThat(new ItemJson().convertToDatabaseColumn(null)).isNull();
        assertThat(new ItemJson().convertToEntityAttribute(null)).isNull();
    }

    @Test
    void invalidStoredJsonFailsWithoutEchoingTheDocument() {
        assertThatThrownBy(() -> new ItemJson().convertToEntityAttribute("{\"name\": \"secret-ish\""))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1451")
                .hasMessageContaining(ItemJson.class.getName())
                .hasMessageNotContaining("secret-ish");
    }

    @Test
    void aConverterThatDoesNotBindItsTypeIsRejectedWithTheFix() {
        assertThatThrownBy(Raw::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extends JsonConverter<MyRecord>");
    }

    @Test
    void unserialisableValuesFailWithConversionException() {
        assertThatThrownBy(() -> new JsonMapConverter().convertToDatabaseColumn(Map.of("x", new Object())))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("ALCH-1450");
    }
}
