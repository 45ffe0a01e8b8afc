package dev.advancedalchemy.benchmarks;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import dev.advancedalchemy.types.Argon2Hasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to verify one password against an {@link Argon2Hasher#DEFAULTS} hash (what a login costs) against argon2-jvm's
 * own {@code verify} of the same PHC string.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Argon2VerifyBenchmark {
    private final Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
    private String encoded;

    @Setup
    public void setUp() {
        encoded = Argon2Hasher.DEFAULTS.hash(Argon2HashBenchmark.PASSWORD.toCharArray());
    }

    @Benchmark
    public boolean alchemy() {
        if (!Argon2Hasher.DEFAULTS.verify(encoded, Argon2HashBenchmark.PASSWORD.toCharArray())) {
            throw new IllegalStateException("the password must verify");
        }
        return true;
    }

    @Benchmark
    public boolean baseline() {
        if (!argon2.verify(encoded, Argon2HashBenchmark.PASSWORD.toCharArray())) {
            throw new IllegalStateException("the password must verify");
        }
        return true;
    }
}
