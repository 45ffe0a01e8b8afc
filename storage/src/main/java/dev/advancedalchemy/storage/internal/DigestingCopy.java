package dev.advancedalchemy.storage.internal;

import dev.advancedalchemy.storage.spi.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies a stream to an output while computing its {@linkplain Checksums checksum} and length, in one pass.
 *
 * <p>Content larger than one buffer is digested on a second thread while the caller's thread writes, so a save
 * costs about the slower of the write and the digest instead of their sum. The digest threads are daemons of a pool
 * bounded by the number of processors; when all are busy the copy digests on the caller's thread instead (never
 * waits for a free one). Neither stream is closed.
 */
public final class DigestingCopy {
    static final int BUFFER = 256 * 1024;
    private static final int BUFFERS = 4;
    private static final Chunk END = new Chunk(new byte[0], -1);
    private static final ThreadPoolExecutor DIGESTERS = digesters();

    /** What was copied: the byte count and the hex checksum. */
    public record Result(long size, String checksum) {}

    private record Chunk(byte[] bytes, int length) {}

    private DigestingCopy() {}

    /** Copies all of {@code in} to {@code out}. */
    public static Result copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = Checksums.newDigest();
        byte[] first = new byte[BUFFER];
        int n = in.readNBytes(first, 0, BUFFER);
        digest.update(first, 0, n);
        out.write(first, 0, n);
        if (n < BUFFER) {
            return new Result(n, Checksums.hex(digest));
        }
        Pipeline pipeline = new Pipeline(digest, first);
        Future<String> checksum;
        try {
            checksum = DIGESTERS.submit(pipeline::digestAll);
        } catch (RejectedExecutionException busy) {
            return new Result(n + copySerially(in, out, digest, first), Checksums.hex(digest));
        }
        long size = n;
        boolean complete = false;
        try {
            size += pipeline.feed(in, out);
            complete = true;
        } finally {
            if (!complete) {
                checksum.cancel(true);
            }
        }
        try {
            return new Result(size, checksum.get());
        } catch (InterruptedException e) {
            checksum.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the checksum was completed");
        } catch (ExecutionException e) {
            throw new IOException("computing the checksum failed", e.getCause());
        }
    }

    private static long copySerially(InputStream in, OutputStream out, MessageDigest digest, byte[] buffer)
            throws IOException {
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        return size;
    }

    /** Buffers circulate: the caller fills one and hands it over; the digester returns it once digested. */
    private static final class Pipeline {
        private final MessageDigest digest;
        private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
        private final BlockingQueue<Chunk> filled = new LinkedBlockingQueue<>();

        Pipeline(MessageDigest digest, byte[] first) {
            this.digest = digest;
            free.add(first);
            for (int i = 1; i < BUFFERS; i++) {
                free.add(new byte[BUFFER]);
            }
        }

        /** The caller's side: reads, hands each buffer to the digester, writes it; returns the bytes copied. */
        long feed(InputStream in, OutputStream out) throws IOException {
            long size = 0;
            try {
                while (true) {
                    byte[] buffer = free.take();
                    int n = in.readNBytes(buffer, 0, BUFFER);
                    if (n > 0) {
                        filled.put(new Chunk(buffer, n));
                        out.write(buffer, 0, n);
                        size += n;
                    }
                    if (n < BUFFER) {
                        return size;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while copying");
            } finally {
                filled.add(END);
            }
        }

        /** The digester's side: digests buffers in order until the end marker. */
        String digestAll() throws InterruptedException {
            for (Chunk chunk = filled.take(); chunk != END; chunk = filled.take()) {
                digest.update(chunk.bytes(), 0, chunk.length());
                free.put(chunk.bytes());
            }
            return Checksums.hex(digest);
        }
    }

    private static ThreadPoolExecutor digesters() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(
                0, Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "alchemy-storage-digest-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
