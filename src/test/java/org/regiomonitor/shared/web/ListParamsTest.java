package org.regiomonitor.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.PageParams;
import org.regiomonitor.shared.PageResult;

/** The one way lists read page, size, sort and direction: out of range is clamped, past the end is a 404. */
class ListParamsTest {

    enum Column { TITLE, START }

    @Test
    void valuesOutOfRangeOrNotUnderstoodAreReadAsTheNearestValidOne() {
        ListParams<Column> p = ListParams.read(-3, 100000, "nonsense", "sideways", Column.TITLE);
        assertThat(p.page()).isZero();
        assertThat(p.size()).isEqualTo(PageParams.MAX_SIZE);
        assertThat(p.sort()).isEqualTo(Column.TITLE);
        assertThat(p.descending()).isFalse();

        ListParams<Column> q = ListParams.read(null, 0, "Start", "DESC", Column.TITLE);
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(1);
        assertThat(q.sort()).isEqualTo(Column.START);
        assertThat(q.descending()).isTrue();

        assertThat(ListParams.read(null, null, null, null, Column.TITLE).size()).isEqualTo(PageParams.DEFAULT_SIZE);
    }

    @Test
    void aListSortedDescendingByDefaultKeepsThatUntilADirectionIsGiven() {
        assertThat(ListParams.read(null, null, null, null, Column.START, true).descending()).isTrue();
        assertThat(ListParams.read(null, null, "start", "asc", Column.START, true).descending()).isFalse();
        assertThat(ListParams.read(null, null, "title", null, Column.START, true).descending()).isFalse();
    }

    @Test
    void sortingByTheSameColumnAgainReversesItAndStartsOnTheFirstPage() {
        ListParams<Column> p = ListParams.read(4, null, "title", null, Column.TITLE);
        assertThat(p.ariaSort("title")).isEqualTo("ascending");
        assertThat(p.ariaSort("start")).isNull();
        ListParams<Column> again = p.sortedBy("title");
        assertThat(again.descending()).isTrue();
        assertThat(again.page()).isZero();
        assertThat(p.sortedBy("start").descending()).isFalse();
    }

    @Test
    void aPagePastTheEndIsNotFoundButAnEmptyFirstPageExists() {
        ListParams<ListParams.Unsorted> p = ListParams.read(3, 10);
        assertThatThrownBy(() -> p.requireExisting(new PageResult<>(List.of(), 3, 10, 30)))
                .isInstanceOf(NotFoundException.class);
        assertThat(p.requireExisting(new PageResult<>(List.of("x"), 2, 10, 30)).page()).isEqualTo(2);
        assertThat(ListParams.read(0, 10).requireExisting(new PageResult<>(List.of(), 0, 10, 0)).total()).isZero();
    }

    @Test
    void linksKeepFiltersOrderAndSize() {
        ListParams<Column> p = ListParams.read(2, 20, "start", "desc", Column.TITLE);
        ListLinks links = ListLinks.of("/projects", p).filter("q", "chip tech").filter("theme", null);
        assertThat(links.filtered()).isTrue();
        assertThat(links.page(3)).isEqualTo("/projects?q=chip%20tech&sort=start&dir=desc&page=3&size=20");
        assertThat(links.sortBy("start")).isEqualTo("/projects?q=chip%20tech&sort=start&dir=asc&size=20");
        assertThat(links.reset()).isEqualTo("/projects?sort=start&dir=desc&size=20");
    }
}
