package dev.advancedalchemy.storage.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A synchronized map from objects, compared by identity and held weakly, to values: entity snapshots must not
 * keep entities alive, and entities may define {@code equals} however they like.
 */
public final class WeakIdentityMap<K, V> {
    private final Map<IdentityRef<K>, V> map = new HashMap<>();
    private final ReferenceQueue<K> queue = new ReferenceQueue<>();

    public synchronized @Nullable V get(K key) {
        expunge();
        return map.get(new IdentityRef<>(key, null));
    }

    public synchronized void put(K key, V value) {
        expunge();
        map.put(new IdentityRef<>(key, queue), value);
    }

    public synchronized void remove(K key) {
        expunge();
        map.remove(new IdentityRef<>(key, null));
    }

    public synchronized int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        for (var ref = queue.poll(); ref != null; ref = queue.poll()) {
            map.remove(ref);
        }
    }

    private static final class IdentityRef<K> extends WeakReference<K> {
        private final int hash;

        IdentityRef(K referent, @Nullable ReferenceQueue<K> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof IdentityRef<?> other)) {
                return false;
            }
            Object mine = get();
            return mine != null && mine == other.get();
        }
    }
}
