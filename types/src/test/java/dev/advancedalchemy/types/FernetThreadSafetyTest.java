package dev.advancedalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.ConversionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One {@link Fernet} shared by many threads (each keeps its own Cipher and Mac) and by two keys on one thread. */
class FernetThreadSafetyTest {

    @Test
    void sharedInstanceRoundTripsOnManyThreads() throws Exception {
        Fernet fernet = Fernet.fromKeyString("shared");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 500; i++) {
                        String value = "thread " + thread + " value " + i + " ".repeat(i % 40);
                        if (fernet.decrypt(fernet.encrypt(value)).equals(value)) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(500);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysOnOneThreadDoNotShareMacState() {
        Fernet a = Fernet.fromKeyString("key a");
        Fernet b = Fernet.fromKeyString("key b");
        String tokenA = a.encrypt("secret");
        assertThatThrownBy(() -> b.decrypt(tokenA)).isInstanceOf(ConversionException.class);
        // a failed check on this thread leaves both keys usable
        assertThat(a.decrypt(tokenA)).isEqualTo("secret");
        assertThat(b.decrypt(b.encrypt("other"))).isEqualTo("other");
    }
}
