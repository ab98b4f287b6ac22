package org.regiomonitor.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regiomonitor.shared.PageParams;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of one list page (pager, sortable headers, filter bar), keeping its filters, sort and size:
 * {@code ListLinks.of("/projects", params).filter("q", filter.text())}. The fragments in
 * {@code fragments/list.html} and {@code fragments/pager.html} read it.
 */
public final class ListLinks {

    private final String path;
    private final ListParams<?> params;
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private final Map<String, Object> options = new LinkedHashMap<>();
    private String anchor = "";

    private ListLinks(String path, ListParams<?> params) {
        this.path = path;
        this.params = params;
    }

    public static ListLinks of(String path, ListParams<?> params) {
        return new ListLinks(path, params);
    }

    /** A filter of the list, kept in every link; null (no filter) is left out. */
    public ListLinks filter(String name, Object value) {
        if (value != null) {
            filters.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** A view option (not a filter: it does not narrow the list), kept in every link; null is left out. */
    public ListLinks option(String name, Object value) {
        if (value != null) {
            options.put(name, value);
        }
        return this;
    }

    /** The id of the list on a long page, so that a pager or sort link without JavaScript lands on it. */
    public ListLinks anchor(String id) {
        this.anchor = "#" + id;
        return this;
    }

    public String path() {
        return path;
    }

    /** The page size when it is not the default (the filter bar keeps it), else null. */
    public Integer sizeParam() {
        return params.size() == PageParams.DEFAULT_SIZE ? null : params.size();
    }

    public ListParams<?> params() {
        return params;
    }

    /** Whether any filter narrows the list (the filter bar then starts open on a phone). */
    public boolean filtered() {
        return !filters.isEmpty();
    }

    /** The list without filters, in its current order and view. */
    public String reset() {
        return url(Map.of(), params.sortParam(), params.descending(), 0);
    }

    public String page(int page) {
        return url(filters, params.sortParam(), params.descending(), page);
    }

    /** The address that sorts by {@code column} (reversed when already sorted by it), from the first page. */
    public String sortBy(String column) {
        ListParams<?> target = params.sortedBy(column);
        return url(filters, target.sortParam(), target.descending(), 0);
    }

    public String ariaSort(String column) {
        return params.ariaSort(column);
    }

    /**
     * The list as a download ({@code /projects.xlsx}, {@code /projects.csv?table=partners}): its filters and order,
     * every row (no page, no size, no view option). {@code table}: the table a CSV file holds, null for the first.
     */
    public String download(String extension, String table) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path + "." + extension);
        filters.forEach(b::queryParam);
        if (params.sort() != null) {
            b.queryParam("sort", params.sortParam()).queryParam("dir", params.descending() ? "desc" : "asc");
        }
        if (table != null) {
            b.queryParam("table", table);
        }
        return b.encode().build().toUriString();
    }

    private String url(Map<String, Object> filterValues, String sort, boolean descending, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        filterValues.forEach(b::queryParam);
        options.forEach(b::queryParam);
        if (sort != null) {
            // the direction is always written: a list may sort descending by default (vouchers, newest first)
            b.queryParam("sort", sort).queryParam("dir", descending ? "desc" : "asc");
        }
        if (page > 0) {
            b.queryParam("page", page);
        }
        if (params.size() != PageParams.DEFAULT_SIZE) {
            b.queryParam("size", params.size());
        }
        return b.encode().build().toUriString() + anchor;
    }

    /**
     * The view of a list page: the whole page, or only its results region (fragment {@code results}) when htmx
     * asks for it to swap in (a filter, pager or sort link with {@code hx-get}). A history restore asks for the
     * whole page. {@code Vary} keeps caches from mixing the two answers of one address.
     */
    public static String view(String template, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        boolean partial = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return partial ? template + " :: results" : template;
    }
}
