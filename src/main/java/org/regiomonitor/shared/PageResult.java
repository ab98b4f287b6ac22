package org.regiomonitor.shared;

import java.util.List;

/** One page of a list, with the total so clients can page on. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
