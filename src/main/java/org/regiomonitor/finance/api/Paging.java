package org.regiomonitor.finance.api;

/** Page parameters as the API conventions say: 0-based page, size 50 by default, at most 200. */
record Paging(int page, int size) {

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(page, 0);
        int s = size == null ? 50 : Math.min(Math.max(size, 1), 200);
        return new Paging(p, s);
    }
}
