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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to hash one password with {@link Argon2Hasher#DEFAULTS} (Argon2id, argon2-cffi's {@code m=65536, t=3, p=4},
 * 16-byte salt, 32-byte tag, PHC string) against argon2-jvm's own {@code hash} with the same parameters: the absolute
 * figure is the login cost the README reports, the ratio is our wrapper's overhead (salt, PHC encoding, wiping).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Argon2HashBenchmark {
    static final String PASSWORD = "correct horse battery staple";

    private final Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);

    @Benchmark
    public String alchemy() {
        return Argon2Hasher.DEFAULTS.hash(PASSWORD.toCharArray());
    }

    @Benchmark
    public String baseline() {
        return argon2.hash(3, 65_536, 4, PASSWORD.toCharArray());
    }
}
