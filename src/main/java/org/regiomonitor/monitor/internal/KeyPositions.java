package org.regiomonitor.monitor.internal;

import java.util.Arrays;

/**
 * A set of packed observation keys with the position where each was first seen, in two primitive arrays (open
 * addressing), so that a million-row import finds its duplicate rows in memory without boxing.
 */
final class KeyPositions {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 16];
    private long[] positions = new long[1 << 16];
    private int size;

    KeyPositions() {
        Arrays.fill(keys, EMPTY);
    }

    /** Stores the key's position unless the key is there; returns the earlier position, or -1 when new. */
    long putIfAbsent(long key, long position) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return positions[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        positions[i] = position;
        size++;
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPositions = positions;
        keys = new long[oldKeys.length * 2];
        positions = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldPositions[i]);
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
