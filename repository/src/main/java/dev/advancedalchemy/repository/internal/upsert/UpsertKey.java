package dev.advancedalchemy.repository.internal.upsert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The match-field values of one row, normalised the way the database compares them, ordered consistently so
 * every caller locks rows in the same order (which is what keeps concurrent upserts from deadlocking).
 */
record UpsertKey(List<@Nullable Object> values, List<@Nullable Object> raw) implements Comparable<UpsertKey> {

    static UpsertKey of(@Nullable Object[] raw, boolean caseInsensitive) {
        List<@Nullable Object> values = new ArrayList<>(raw.length);
        for (Object value : raw) {
            if (caseInsensitive && value instanceof String s) {
                values.add(s.toLowerCase(Locale.ROOT));
            } else if (value instanceof byte[] bytes) {
                values.add(Arrays.toString(bytes));
            } else {
                values.add(value);
            }
        }
        return new UpsertKey(
                Collections.unmodifiableList(values),
                Collections.unmodifiableList(new ArrayList<>(Arrays.asList(raw))));
    }

    /** Equal when the database would consider the keys equal; the raw values are only carried along. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UpsertKey other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(UpsertKey other) {
        for (int i = 0; i < values.size(); i++) {
            Object a = values.get(i);
            Object b = other.values.get(i);
            int c;
            if (a == null || b == null) {
                c = a == b ? 0 : a == null ? -1 : 1;
            } else if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
                c = ca.compareTo(b);
            } else {
                c = a.toString().compareTo(b.toString());
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
