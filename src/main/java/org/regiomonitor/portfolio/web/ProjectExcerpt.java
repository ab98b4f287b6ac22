package org.regiomonitor.portfolio.web;

import org.regiomonitor.portfolio.internal.ProjectFilter;
import org.regiomonitor.portfolio.internal.ProjectReader;
import org.regiomonitor.portfolio.internal.ProjectViews.ProjectRow;
import org.regiomonitor.portfolio.internal.ProjectSort;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.web.ListLinks;
import org.regiomonitor.shared.web.ListParams;

/**
 * The first rows of a project list on another page (a programme, theme, area or organisation has any number of
 * projects): the first page of {@code /projects} with the page's filter, in its default order, with the number of all
 * rows and the addresses of that list and its downloads, which page through and hold all of them
 * ({@code portfolio/project-table :: excerpt}). Two queries, as one page of the list.
 *
 * @param first the first rows and the number of all: list rows, or an organisation's participations (with its roles)
 * @param list  the whole list ({@code list.page(0)}) and its downloads ({@code list.download(...)})
 * @param <R>   the type of the rows
 */
public record ProjectExcerpt<R>(PageResult<R> first, ListLinks list) {

    /** Rows shown on an area, organisation or theme page, beside its other sections. */
    static final int ROWS = 50;

    static ProjectExcerpt<ProjectRow> of(ProjectReader projects, ProjectFilter filter, boolean includeUnpublished,
            int rows) {
        ListParams<ProjectSort.Column> params = ProjectController.params(null, null, null, null);
        return new ProjectExcerpt<>(projects.page(filter, ProjectSort.of(params), includeUnpublished, 0, rows),
                ProjectController.links(filter, params));
    }

    /** First rows read elsewhere (an organisation's projects, with its roles), in the list's default order. */
    static <R> ProjectExcerpt<R> of(PageResult<R> first, ProjectFilter filter) {
        return new ProjectExcerpt<>(first, ProjectController.links(filter, ProjectController.params(null, null, null,
                null)));
    }

    /** Whether the list has more rows than shown. */
    public boolean cut() {
        return first.total() > first.items().size();
    }
}
