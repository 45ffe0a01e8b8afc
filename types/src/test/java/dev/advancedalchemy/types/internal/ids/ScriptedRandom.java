package dev.advancedalchemy.types.internal.ids;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongUnaryOperator;
import java.util.random.RandomGenerator;

/** Test randomness: {@code nextLong()} returns scripted values (then a fallback), {@code nextBytes} a byte stream. */
public final class ScriptedRandom implements RandomGenerator {
    private final Deque<Long> longs = new ArrayDeque<>();
    private final long fallback;
    private final LongUnaryOperator byteAt;
    private long bytePosition;

    private ScriptedRandom(long fallback, LongUnaryOperator byteAt) {
        this.fallback = fallback;
        this.byteAt = byteAt;
    }

    /** {@code nextLong()} returns {@code values} in order, then {@code fallback} forever. */
    public static ScriptedRandom returning(long fallback, long... values) {
        ScriptedRandom random = new ScriptedRandom(fallback, j -> 0);
        for (long value : values) {
            random.longs.add(value);
        }
        return random;
    }

    /** {@code nextBytes} fills with byte {@code j} of an endless stream, {@code j} counted over all calls. */
    public static ScriptedRandom byteStream(LongUnaryOperator byteAt) {
        return new ScriptedRandom(0, byteAt);
    }

    /** Queues more values for {@code nextLong()}. */
    public ScriptedRandom then(long... values) {
        for (long value : values) {
            longs.add(value);
        }
        return this;
    }

    @Override
    public long nextLong() {
        Long next = longs.poll();
        return next == null ? fallback : next;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) byteAt.applyAsLong(bytePosition++);
        }
    }
}
