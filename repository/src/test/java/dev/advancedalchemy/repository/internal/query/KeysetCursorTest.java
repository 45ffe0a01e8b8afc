package dev.advancedalchemy.repository.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.InvalidFilterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {
    @Test
    void roundTripsAnyTextIncludingSeparators() {
        List<String> values = List.of("", "a:b\n3:c", "2024-01-01T00:00:00Z", "ünï©ødé", "42");
        String cursor = KeysetCursor.encode("Item|score:DESC,id:ASC", values);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(KeysetCursor.decode(cursor, "Item|score:DESC,id:ASC", 5)).isEqualTo(values);
    }

    @Test
    void rejectsOtherOrdersAndDamagedCursors() {
        String cursor = KeysetCursor.encode("Item|id:ASC", List.of("7"));
        assertThatThrownBy(() -> KeysetCursor.decode(cursor, "Item|id:DESC", 1))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("another sort order");
        assertThatThrownBy(() -> KeysetCursor.decode(cursor.substring(0, cursor.length() - 2), "Item|id:ASC", 1))
                .isInstanceOf(InvalidFilterException.class);
        assertThatThrownBy(() -> KeysetCursor.decode("%%%", "Item|id:ASC", 1)).hasMessageContaining("malformed");
        assertThatThrownBy(() -> KeysetCursor.decode(cursor, "Item|id:ASC", 2)).hasMessageContaining("malformed");
    }
}
