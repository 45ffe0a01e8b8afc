package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.types.Fernet;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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
 * Fernet encrypt + decrypt of a 1 KiB value ({@link Fernet}: token framing, base64url, String) against the JDK's raw
 * AES-128-CBC + HMAC-SHA256 on the same bytes (no framing, no encoding). {@link Fernet} keeps one Cipher and Mac per
 * thread, so the baseline reuses its own (the state is per thread) instead of calling {@code getInstance} each time;
 * the ratio alchemy / baseline time is then the overhead of the format alone (issue 5 target: at most 1.3).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// long warm-up: the AES/HMAC intrinsics are compiled late on a loaded machine, and the first iterations dominated the
// mean (3 warm-up iterations gave 83-125 us/op before settling at 13 us/op)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class FernetBenchmark {
    private final SecureRandom random = new SecureRandom();
    private byte[] value;
    private Fernet fernet;
    private SecretKeySpec aesKey;
    private SecretKeySpec macKey;
    private Cipher enc;
    private Cipher dec;
    private Mac mac;

    @Setup
    public void setUp() throws GeneralSecurityException {
        value = new byte[1024];
        random.nextBytes(value);
        fernet = Fernet.fromKeyString("benchmark key");
        byte[] key = new byte[32];
        random.nextBytes(key);
        macKey = new SecretKeySpec(key, 0, 16, "HmacSHA256");
        aesKey = new SecretKeySpec(key, 16, 16, "AES");
        enc = Cipher.getInstance("AES/CBC/PKCS5Padding");
        dec = Cipher.getInstance("AES/CBC/PKCS5Padding");
        mac = Mac.getInstance("HmacSHA256");
        mac.init(macKey);
    }

    @Benchmark
    public byte[] alchemy() {
        return fernet.decryptBytes(fernet.encrypt(value), null);
    }

    @Benchmark
    public byte[] baseline() throws GeneralSecurityException {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        enc.init(Cipher.ENCRYPT_MODE, aesKey, new IvParameterSpec(iv));
        byte[] ciphertext = enc.doFinal(value);
        mac.update(iv);
        byte[] tag = mac.doFinal(ciphertext);
        byte[] message = ByteBuffer.allocate(16 + ciphertext.length + 32)
                .put(iv)
                .put(ciphertext)
                .put(tag)
                .array();

        mac.update(message, 0, message.length - 32);
        if (!MessageDigest.isEqual(mac.doFinal(), Arrays.copyOfRange(message, message.length - 32, message.length))) {
            throw new IllegalStateException("tag mismatch");
        }
        dec.init(Cipher.DECRYPT_MODE, aesKey, new IvParameterSpec(message, 0, 16));
        return dec.doFinal(message, 16, message.length - 48);
    }
}
