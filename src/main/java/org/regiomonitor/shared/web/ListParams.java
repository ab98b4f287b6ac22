package org.regiomonitor.shared.web;

import java.util.Locale;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageParams;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.Text;

/**
 * The one way every list (HTML page and API) reads its parameters: {@code page} (0-based), {@code size},
 * {@code sort} (a column name, case ignored) and {@code dir} ({@code asc} or {@code desc}). Filters are read
 * with {@link QueryParams}.
 *
 * <p>Page and size are whole numbers: anything else is refused (400 naming the parameter, by Spring's binding,
 * like every parameter of the wrong kind). Values out of range or not understood are read as the nearest valid
 * one, not refused, as the filters are: a negative page is the first, the size is kept between 1 and
 * {@link PageParams#MAX_SIZE}, an unknown column is the list's default order, a direction other than
 * {@code desc} is ascending, and without a direction the list's default one (links always write it). The page shows what it used (aria-sort of the headers, "page 1 of 3"), so
 * nothing is hidden. A page number past the end is different: there is nothing to show, so an HTML list
 * answers 404 ({@link #requireExisting}); the API answers an empty page, as its clients expect.
 *
 * @param sort the column sorted by, null for a list with one fixed order
 */
public record ListParams<C extends Enum<C>>(int page, int size, C sort, boolean descending) {

    /** Reads the parameters of a sortable list; {@code defaultSort} is the order without (or with an unknown) sort. */
    public static <C extends Enum<C>> ListParams<C> read(Integer page, Integer size, String sort, String dir,
            C defaultSort) {
        return read(page, size, sort, dir, defaultSort, false);
    }

    /** As {@link #read(Integer, Integer, String, String, Enum)} for a list whose default order is descending. */
    public static <C extends Enum<C>> ListParams<C> read(Integer page, Integer size, String sort, String dir,
            C defaultSort, boolean defaultDescending) {
        C column = QueryParams.enumOrNull(defaultSort.getDeclaringClass(), sort);
        boolean descending = Text.isBlank(dir) ? (column == null || column == defaultSort) && defaultDescending
                : "desc".equalsIgnoreCase(Text.strip(dir));
        return new ListParams<>(page(page), size(size), column == null ? defaultSort : column, descending);
    }

    /** Reads the parameters of a list with one fixed order. */
    public static ListParams<Unsorted> read(Integer page, Integer size) {
        return new ListParams<>(page(page), size(size), null, false);
    }

    /** No sort column: a list with one fixed order. */
    public enum Unsorted { }

    public long offset() {
        return (long) page * size;
    }

    /** The page as read, or a 404 when it lies past the end of the list (page 0 always exists, even empty). */
    public <T> PageResult<T> requireExisting(PageResult<T> result) {
        if (result.page() > 0 && result.page() >= result.pages()) {
            throw new NotFoundException("page", result.page() + 1);
        }
        return result;
    }

    /** The sort column as written in links: its name in lower case. */
    public String sortParam() {
        return sort == null ? null : sort.name().toLowerCase(Locale.ROOT);
    }

    /** The parameters that sort by {@code column}: ascending, or reversed when already sorted by it; page 0. */
    public ListParams<C> sortedBy(String column) {
        C target = QueryParams.enumOrNull(sort.getDeclaringClass(), column);
        if (target == null) {
            throw new IllegalArgumentException("not a sort column of this list: " + column);
        }
        return new ListParams<>(0, size, target, target == sort && !descending);
    }

    /** {@code ascending}/{@code descending} when sorted by the column, for {@code aria-sort}; else null. */
    public String ariaSort(String column) {
        return sort != null && sort.name().equalsIgnoreCase(column) ? (descending ? "descending" : "ascending") : null;
    }

    private static int page(Integer value) {
        return value == null ? 0 : PageParams.page(value);
    }

    private static int size(Integer value) {
        return value == null ? PageParams.DEFAULT_SIZE : PageParams.size(value);
    }
}
