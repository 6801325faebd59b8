package it.scacchiera.floorplan.capacity;

import java.util.Arrays;

/** A growable stack of ints, truncated back on return from a search branch. */
final class IntStack {
    private int[] items;
    private int size;

    IntStack(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    void push(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    void pushAll(int[] values) {
        for (int value : values) {
            push(value);
        }
    }

    void truncate(int newSize) {
        size = newSize;
    }

    int[] sorted() {
        int[] copy = Arrays.copyOf(items, size);
        Arrays.sort(copy);
        return copy;
    }
}
