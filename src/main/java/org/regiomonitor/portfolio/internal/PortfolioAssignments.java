package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.select;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.regiomonitor.security.AssignableWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio's answers to security: what users can be assigned to, and a project's programmes. */
@Component
@Transactional(readOnly = true)
class PortfolioAssignments implements AssignableWork {

    private final DSLContext dsl;

    PortfolioAssignments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Item> programmes() {
        return dsl.select(PROGRAMME.ID, PROGRAMME.NAME).from(PROGRAMME)
                .orderBy(PROGRAMME.NAME, PROGRAMME.ID)
                .fetch(r -> new Item(r.value1(), r.value2()));
    }

    @Override
    public int countProgrammes(Collection<Long> ids) {
        return dsl.fetchCount(PROGRAMME, PROGRAMME.ID.in(ids));
    }

    @Override
    public int countProjects(Collection<Long> ids) {
        return dsl.fetchCount(PROJECT, PROJECT.ID.in(ids));
    }

    @Override
    public Select<Record1<Long>> programmeIdsOf(long projectId) {
        return select(PROJECT_PROGRAMME.PROGRAMME_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(projectId));
    }
}
