package org.regiomonitor.shared;

/**
 * The paging rules of lists: {@code page} is 0-based (a negative one means the first), {@code size} is 50 by
 * default and is kept between 1 and 200. Lists read their parameters with {@code shared.web.ListParams}, which
 * applies these rules.
 */
public final class PageParams {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    private PageParams() {
    }

    public static int page(int page) {
        return Math.max(page, 0);
    }

    public static int size(int size) {
        return Math.clamp(size, 1, MAX_SIZE);
    }
}
