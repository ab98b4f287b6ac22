package org.regiomonitor.results.internal;

import static org.regiomonitor.db.Tables.DIMENSION_VALUE;
import static org.regiomonitor.db.Tables.DISAGGREGATION_DIMENSION;
import static org.regiomonitor.db.Tables.INDICATOR;
import static org.regiomonitor.db.Tables.REPORTING_PERIOD;
import static org.regiomonitor.db.Tables.RESULT;
import static org.regiomonitor.db.Tables.RESULT_UPDATE;
import static org.regiomonitor.db.Tables.UPDATE_ATTACHMENT;
import static org.regiomonitor.db.Tables.UPDATE_DISAGGREGATION;
import static org.regiomonitor.db.Tables.UPDATE_TRANSITION;
import static org.regiomonitor.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.results.Measure;
import org.regiomonitor.results.RollUps;
import org.regiomonitor.results.UpdateStatus;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.ValueQualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Period updates and their review. A lead of the project (or an administrator) writes an update and
 * submits it; a manager of one of the project's programmes (or an administrator) returns it with a comment
 * or approves it. Only approved values count. A new update of an indicator and period that has an approved
 * value is a correction: it supersedes that value once it is approved itself, and both stay in the history.
 * A locked period takes no new, changed or submitted updates. Every status change is recorded with who,
 * when and the comment.
 */
@Service
public class UpdateService {

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final InputRules rules;
    private final ApplicationEventPublisher events;

    UpdateService(DSLContext dsl, AccessPolicy policy, InputRules rules, ApplicationEventPublisher events) {
        this.dsl = dsl;
        this.policy = policy;
        this.rules = rules;
        this.events = events;
    }

    /** The facts of an indicator an update needs: its project and measure. */
    private record IndicatorFacts(long id, long projectId, Measure measure, int decimals) {
    }

    /** The facts of an update the workflow needs. */
    private record UpdateFacts(long id, IndicatorFacts indicator, long periodId, UpdateStatus status, boolean locked) {
    }

    @Transactional
    public long create(long indicatorId, UpdateInput in, Authentication auth) {
        IndicatorFacts indicator = indicator(indicatorId);
        policy.require(policy.canWriteResultUpdates(auth, indicator.projectId()));
        InvalidInputException.refuseIfSet(in.version(), "version");
        List<Violation> out = violations(indicator, in);
        Long supersedes = null;
        if (in.periodId() == null) {
            out.add(new Violation("periodId", "results.error.required"));
        } else {
            Boolean locked = dsl.select(REPORTING_PERIOD.LOCKED).from(REPORTING_PERIOD)
                    .where(REPORTING_PERIOD.ID.eq(in.periodId()))
                    .and(REPORTING_PERIOD.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(indicator.projectId())))
                    .fetchOne(REPORTING_PERIOD.LOCKED);
            if (locked == null) {
                out.add(new Violation("periodId", "results.error.periodNotOfProject"));
            } else if (locked) {
                out.add(new Violation("periodId", "results.period.locked"));
            } else if (dsl.fetchExists(RESULT_UPDATE, RESULT_UPDATE.INDICATOR_ID.eq(indicatorId)
                    .and(RESULT_UPDATE.PERIOD_ID.eq(in.periodId())).and(RESULT_UPDATE.STATUS.ne(UpdateStatus.APPROVED)))) {
                out.add(new Violation("periodId", "results.update.openExists"));
            } else {
                supersedes = currentApproved(indicatorId, in.periodId());
            }
        }
        InputRules.throwIfAny(out);
        long id = dsl.insertInto(RESULT_UPDATE)
                .set(RESULT_UPDATE.INDICATOR_ID, indicatorId)
                .set(RESULT_UPDATE.PERIOD_ID, in.periodId())
                .set(RESULT_UPDATE.STATUS, UpdateStatus.DRAFT)
                .set(RESULT_UPDATE.SUPERSEDES_ID, supersedes)
                .set(RESULT_UPDATE.CREATED_BY, policy.actorName(auth))
                .set(values(in))
                .returning(RESULT_UPDATE.ID).fetchSingle(RESULT_UPDATE.ID);
        writeDisaggregations(id, indicator, in);
        transition(id, null, UpdateStatus.DRAFT, null, auth);
        return id;
    }

    /** Changes a draft or returned update (the lead's); its indicator and period stay. */
    @Transactional
    public void update(long updateId, UpdateInput in, Authentication auth) {
        UpdateFacts update = facts(updateId);
        policy.require(policy.canWriteResultUpdates(auth, update.indicator().projectId()));
        List<Violation> out = violations(update.indicator(), in);
        FrameworkService.requireVersion(out, in.version());
        if (in.periodId() != null && in.periodId() != update.periodId()) {
            out.add(new Violation("periodId", "error.input.notChangeable", "periodId"));
        }
        InputRules.throwIfAny(out);
        requireWritable(update);
        int rows = dsl.update(RESULT_UPDATE)
                .set(values(in))
                .set(RESULT_UPDATE.VERSION, RESULT_UPDATE.VERSION.plus(1))
                .where(RESULT_UPDATE.ID.eq(updateId)).and(RESULT_UPDATE.VERSION.eq(in.version()))
                .and(RESULT_UPDATE.STATUS.in(UpdateStatus.DRAFT, UpdateStatus.RETURNED))
                .execute();
        StaleEditException.unlessChanged(rows, "update", updateId);
        dsl.deleteFrom(UPDATE_DISAGGREGATION).where(UPDATE_DISAGGREGATION.UPDATE_ID.eq(updateId)).execute();
        writeDisaggregations(updateId, update.indicator(), in);
    }

    /** The lead hands the update in: a draft becomes submitted, a returned update resubmitted. */
    @Transactional
    public void submit(long updateId, ReviewInput in, Authentication auth) {
        UpdateFacts update = facts(updateId);
        policy.require(policy.canWriteResultUpdates(auth, update.indicator().projectId()));
        InputRules.throwIfAny(rules.check(in));
        requireWritable(update);
        move(update, update.status() == UpdateStatus.RETURNED ? UpdateStatus.RESUBMITTED : UpdateStatus.SUBMITTED,
                in, auth);
    }

    /** A manager sends a submitted update back to the lead; the comment says why and is required. */
    @Transactional
    public void returnToLead(long updateId, ReviewInput in, Authentication auth) {
        UpdateFacts update = facts(updateId);
        policy.require(policy.canReviewResultUpdates(auth, update.indicator().projectId()));
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (Text.isBlank(in.comment())) {
            out.add(new Violation("comment", "results.update.returnComment"));
        }
        InputRules.throwIfAny(out);
        requireAwaitingReview(update);
        move(update, UpdateStatus.RETURNED, in, auth);
    }

    /** A manager approves a submitted update; from now on it counts (and supersedes the value it corrects). */
    @Transactional
    public void approve(long updateId, ReviewInput in, Authentication auth) {
        UpdateFacts update = facts(updateId);
        policy.require(policy.canReviewResultUpdates(auth, update.indicator().projectId()));
        InputRules.throwIfAny(rules.check(in));
        requireAwaitingReview(update);
        move(update, UpdateStatus.APPROVED, in, auth);
    }

    /** Adds evidence to a draft or returned update: at most 10 MB, of an accepted type recognised by its bytes. */
    @Transactional
    public long attach(long updateId, String fileName, byte[] content, Authentication auth) {
        UpdateFacts update = facts(updateId);
        policy.require(policy.canWriteResultUpdates(auth, update.indicator().projectId()));
        String name = fileName == null ? "" : Text.strip(fileName);
        if (Text.isBlank(name) || name.length() > 200 || Text.hasForbiddenCharacter(name, false)
                || name.contains("/") || name.contains("\\")) {
            throw InvalidInputException.of("file", "results.attachment.name");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "results.attachment.empty");
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw InvalidInputException.of("file", "results.attachment.tooLarge", AttachmentTypes.MAX_BYTES / 1024 / 1024);
        }
        String type = AttachmentTypes.detect(content, name)
                .orElseThrow(() -> InvalidInputException.of("file", "results.attachment.type"));
        requireWritable(update);
        return dsl.insertInto(UPDATE_ATTACHMENT)
                .set(UPDATE_ATTACHMENT.UPDATE_ID, updateId)
                .set(UPDATE_ATTACHMENT.FILE_NAME, name)
                .set(UPDATE_ATTACHMENT.CONTENT_TYPE, type)
                .set(UPDATE_ATTACHMENT.SIZE_BYTES, content.length)
                .set(UPDATE_ATTACHMENT.CONTENT, content)
                .set(UPDATE_ATTACHMENT.CREATED_BY, policy.actorName(auth))
                .returning(UPDATE_ATTACHMENT.ID).fetchSingle(UPDATE_ATTACHMENT.ID);
    }

    // ---- rules -----------------------------------------------------------------------------------------

    private List<Violation> violations(IndicatorFacts indicator, UpdateInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        switch (indicator.measure()) {
            case UNIT -> {
                required(out, "value", in.value());
                // more places than the indicator shows would be rounded on every page: refused, never rounded away
                if (in.value() != null && in.value().stripTrailingZeros().scale() > indicator.decimals()) {
                    out.add(new Violation("value", "results.update.tooManyDecimals", indicator.decimals()));
                }
                refused(out, "numerator", in.numerator());
                refused(out, "denominator", in.denominator());
            }
            case PERCENTAGE -> {
                refused(out, "value", in.value());
                required(out, "numerator", in.numerator());
                required(out, "denominator", in.denominator());
                if (in.numerator() != null && in.numerator().signum() < 0) {
                    out.add(new Violation("numerator", "results.error.negative"));
                }
                if (in.denominator() != null && in.denominator().signum() <= 0) {
                    out.add(new Violation("denominator", "results.update.denominatorPositive"));
                } else if (in.numerator() != null && in.denominator() != null
                        && in.numerator().compareTo(in.denominator()) > 0) {
                    out.add(new Violation("numerator", "results.update.numeratorTooLarge"));
                }
            }
            case QUALITATIVE -> {
                refused(out, "value", in.value());
                refused(out, "numerator", in.numerator());
                refused(out, "denominator", in.denominator());
                if (Text.isBlank(in.comment()) && Narratives.sanitise(in.narrative()) == null) {
                    out.add(new Violation("narrative", "results.update.qualitativeText"));
                }
            }
        }
        List<UpdateInput.DisaggregationInput> parts = in.disaggregations() == null ? List.of() : in.disaggregations();
        if (!parts.isEmpty() && indicator.measure() != Measure.UNIT) {
            out.add(new Violation("disaggregations", "results.update.disaggregationsUnitsOnly"));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            String field = "disaggregations[" + i + "]";
            if (part == null) {
                out.add(new Violation(field, "results.error.required"));
                continue;
            }
            boolean byArea = !Text.isBlank(part.areaCode());
            if (byArea == (part.dimensionValueId() != null)) {
                out.add(new Violation(field + ".areaCode", "results.update.disaggregationKey"));
            } else if (byArea && municipalityId(part.areaCode()) == null) {
                out.add(new Violation(field + ".areaCode", "results.update.unknownMunicipality"));
            } else if (!byArea && !dimensionValueOfProject(part.dimensionValueId(), indicator.projectId())) {
                out.add(new Violation(field + ".dimensionValueId", "results.update.unknownDimensionValue"));
            } else if (!seen.add(byArea ? "a:" + Text.strip(part.areaCode()).toLowerCase() : "d:" + part.dimensionValueId())) {
                out.add(new Violation(field, "results.error.duplicate"));
            }
            if (part.value() != null && part.value().signum() < 0) {
                out.add(new Violation(field + ".value", "results.error.negative"));
            }
        }
        return out;
    }

    private static void required(List<Violation> out, String field, BigDecimal value) {
        if (value == null) {
            out.add(new Violation(field, "results.update.valueRequired"));
        }
    }

    private static void refused(List<Violation> out, String field, BigDecimal value) {
        if (value != null) {
            out.add(new Violation(field, "results.update.valueNotForMeasure"));
        }
    }

    /** What the lead enters; the narrative sanitised, the qualifier exact unless said otherwise. */
    private static java.util.Map<org.jooq.Field<?>, Object> values(UpdateInput in) {
        java.util.Map<org.jooq.Field<?>, Object> v = new java.util.LinkedHashMap<>();
        v.put(RESULT_UPDATE.VALUE, in.value());
        v.put(RESULT_UPDATE.NUMERATOR, in.numerator());
        v.put(RESULT_UPDATE.DENOMINATOR, in.denominator());
        v.put(RESULT_UPDATE.QUALIFIER, in.qualifier() == null ? ValueQualifier.EXACT : in.qualifier());
        v.put(RESULT_UPDATE.COMMENT, blankToNull(in.comment()));
        v.put(RESULT_UPDATE.NARRATIVE, Narratives.sanitise(in.narrative()));
        return v;
    }

    private void requireWritable(UpdateFacts update) {
        if (!update.status().editable()) {
            throw InvalidInputException.of(null, "results.update.notEditable");
        }
        if (update.locked()) {
            throw InvalidInputException.of("periodId", "results.period.locked");
        }
    }

    private static void requireAwaitingReview(UpdateFacts update) {
        if (!update.status().awaitingReview()) {
            throw InvalidInputException.of(null, "results.update.notAwaitingReview");
        }
    }

    // ---- writes ----------------------------------------------------------------------------------------

    private void move(UpdateFacts update, UpdateStatus to, ReviewInput in, Authentication auth) {
        int rows = dsl.update(RESULT_UPDATE)
                .set(RESULT_UPDATE.STATUS, to)
                .set(RESULT_UPDATE.VERSION, RESULT_UPDATE.VERSION.plus(1))
                .where(RESULT_UPDATE.ID.eq(update.id())).and(RESULT_UPDATE.VERSION.eq(in.version()))
                .and(RESULT_UPDATE.STATUS.eq(update.status()))
                .execute();
        StaleEditException.unlessChanged(rows, "update", update.id());
        transition(update.id(), update.status(), to, blankToNull(in.comment()), auth);
        // mails go out after the commit (UpdateMails)
        events.publishEvent(new UpdateMoved(update.id(), update.indicator().projectId(), to, blankToNull(in.comment()),
                policy.actorName(auth)));
    }

    private void transition(long updateId, UpdateStatus from, UpdateStatus to, String comment, Authentication auth) {
        dsl.insertInto(UPDATE_TRANSITION)
                .set(UPDATE_TRANSITION.UPDATE_ID, updateId)
                .set(UPDATE_TRANSITION.FROM_STATUS, from)
                .set(UPDATE_TRANSITION.TO_STATUS, to)
                .set(UPDATE_TRANSITION.ACTOR, policy.actorName(auth))
                .set(UPDATE_TRANSITION.COMMENT, comment)
                .execute();
    }

    private void writeDisaggregations(long updateId, IndicatorFacts indicator, UpdateInput in) {
        if (in.disaggregations() == null) {
            return;
        }
        for (var part : in.disaggregations()) {
            dsl.insertInto(UPDATE_DISAGGREGATION)
                    .set(UPDATE_DISAGGREGATION.UPDATE_ID, updateId)
                    .set(UPDATE_DISAGGREGATION.AREA_ID, Text.isBlank(part.areaCode()) ? null : municipalityId(part.areaCode()))
                    .set(UPDATE_DISAGGREGATION.DIMENSION_VALUE_ID, part.dimensionValueId())
                    .set(UPDATE_DISAGGREGATION.VALUE, part.value())
                    .execute();
        }
    }

    // ---- reads -----------------------------------------------------------------------------------------

    /** The approved value of the indicator and period that no approved correction has superseded (null: none). */
    private Long currentApproved(long indicatorId, long periodId) {
        return dsl.select(RESULT_UPDATE.ID).from(RESULT_UPDATE)
                .where(RESULT_UPDATE.INDICATOR_ID.eq(indicatorId)).and(RESULT_UPDATE.PERIOD_ID.eq(periodId))
                .and(RollUps.counted(RESULT_UPDATE))
                .fetchOne(RESULT_UPDATE.ID);
    }

    private IndicatorFacts indicator(long indicatorId) {
        Record r = dsl.select(INDICATOR.ID, RESULT.PROJECT_ID, INDICATOR.MEASURE, INDICATOR.DECIMALS).from(INDICATOR)
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(INDICATOR.ID.eq(indicatorId)).fetchOne();
        if (r == null) {
            throw new NotFoundException("indicator", indicatorId);
        }
        return new IndicatorFacts(indicatorId, r.get(RESULT.PROJECT_ID), r.get(INDICATOR.MEASURE),
                r.get(INDICATOR.DECIMALS));
    }

    private UpdateFacts facts(long updateId) {
        Record r = dsl.select(RESULT_UPDATE.INDICATOR_ID, RESULT_UPDATE.PERIOD_ID, RESULT_UPDATE.STATUS,
                        REPORTING_PERIOD.LOCKED, RESULT.PROJECT_ID, INDICATOR.MEASURE, INDICATOR.DECIMALS)
                .from(RESULT_UPDATE)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(RESULT_UPDATE.PERIOD_ID))
                .join(INDICATOR).on(INDICATOR.ID.eq(RESULT_UPDATE.INDICATOR_ID))
                .join(RESULT).on(RESULT.ID.eq(INDICATOR.RESULT_ID))
                .where(RESULT_UPDATE.ID.eq(updateId)).fetchOne();
        if (r == null) {
            throw new NotFoundException("update", updateId);
        }
        return new UpdateFacts(updateId, new IndicatorFacts(r.get(RESULT_UPDATE.INDICATOR_ID), r.get(RESULT.PROJECT_ID),
                r.get(INDICATOR.MEASURE), r.get(INDICATOR.DECIMALS)), r.get(RESULT_UPDATE.PERIOD_ID),
                r.get(RESULT_UPDATE.STATUS), r.get(REPORTING_PERIOD.LOCKED));
    }

    private Long municipalityId(String code) {
        var area = AreaSql.idWithCodeIgnoringCase(Text.strip(code)).asTable("a");
        Long id = dsl.select(area.field(0, Long.class)).from(area)
                .where(area.field(0, Long.class).in(AreaSql.idsOfKind(AreaKind.MUNICIPALITY)))
                .fetchOne(0, Long.class);
        return id;
    }

    private boolean dimensionValueOfProject(long dimensionValueId, long projectId) {
        return dsl.fetchExists(dsl.selectOne().from(DIMENSION_VALUE)
                .join(DISAGGREGATION_DIMENSION).on(DISAGGREGATION_DIMENSION.ID.eq(DIMENSION_VALUE.DIMENSION_ID))
                .where(DIMENSION_VALUE.ID.eq(dimensionValueId))
                .and(DISAGGREGATION_DIMENSION.PROGRAMME_ID.in(PortfolioSql.programmeIdsOfProject(projectId))));
    }
}
