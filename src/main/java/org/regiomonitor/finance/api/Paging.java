package org.regiomonitor.finance.api;

import org.regiomonitor.shared.PageParams;

/** Page parameters as the API conventions say (see {@link PageParams}); absent ones take the defaults. */
record Paging(int page, int size) {

    static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : PageParams.page(page),
                size == null ? PageParams.DEFAULT_SIZE : PageParams.size(size));
    }
}
