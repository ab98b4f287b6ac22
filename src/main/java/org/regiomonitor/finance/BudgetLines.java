package org.regiomonitor.finance;

import static org.jooq.impl.DSL.noCondition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regiomonitor.finance.internal.FinanceQueries;
import org.regiomonitor.finance.internal.FunderView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget lines themselves, each at its current revision, for features that publish them line by line (open
 * data exports such as IATI). Two queries, however many lines. A line is visible when its programme and project
 * are ({@code includeUnpublished}: pass {@code AccessPolicy.canSeeUnpublished(auth)}, or {@code false} for a
 * publication).
 */
@Service
@Transactional(readOnly = true)
public class BudgetLines {

    /**
     * One budget line at its current revision.
     *
     * @param programmeId          the programme whose own line it is, or null for a project's line
     * @param projectId            the project whose line it is, or null for a programme's own line
     * @param funderCategory       the funder's category code (RIJK, PROVINCIE, GEMEENTEN, ...)
     * @param funderOrganisationId the funder's organisation, when it has one the caller may see
     * @param year                 the year the amounts are for; null: the whole period of the programme or project
     * @param revision             the number of the current revision (1: never revised)
     * @param current              the current amounts, each possibly unknown (null)
     * @param recordedAt           when the current revision was recorded
     */
    public record Line(long id, Long programmeId, Long projectId, long funderId, String funderName,
            String funderCategory, Long funderOrganisationId, Integer year, int revision, Amounts current,
            Instant recordedAt) {
    }

    private final FinanceQueries queries;

    BudgetLines(FinanceQueries queries) {
        this.queries = queries;
    }

    /** The lines of the programme and of its projects, or every visible line when {@code programmeIdOrNull} is null. */
    public List<Line> lines(Long programmeIdOrNull, boolean includeUnpublished) {
        Map<Long, FunderView> funders = queries.allFunders(includeUnpublished).stream()
                .collect(Collectors.toMap(FunderView::id, Function.identity()));
        return queries.lines(programmeIdOrNull == null ? noCondition()
                        : FinanceQueries.ofProgrammeAndItsProjects(programmeIdOrNull), includeUnpublished).stream()
                .map(l -> new Line(l.id(), l.programmeId(), l.projectId(), l.funderId(), l.funderName(), l.category(),
                        funders.containsKey(l.funderId()) ? funders.get(l.funderId()).organisationId() : null,
                        l.year(), l.revision(), l.current(), l.recordedAt()))
                .toList();
    }
}
