package org.regiomonitor.voucher.internal;

import static org.regiomonitor.db.Tables.SOURCE;
import static org.regiomonitor.db.Tables.VOUCHER_AWARD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.db.tables.Source;
import org.regiomonitor.area.AreaSql;
import org.regiomonitor.area.Areas;
import org.regiomonitor.area.MunicipalityChoices;
import org.regiomonitor.portfolio.PortfolioQueries;
import org.regiomonitor.portfolio.PortfolioSql;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.PageResult;
import org.regiomonitor.shared.SourceColumns;
import org.regiomonitor.shared.SourceRef;
import org.regiomonitor.shared.SourceRefs;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.voucher.VoucherFilter;
import org.regiomonitor.voucher.VoucherQueries;
import org.regiomonitor.voucher.internal.VoucherViews.AreaOption;
import org.regiomonitor.voucher.internal.VoucherViews.ProgrammeOption;
import org.regiomonitor.voucher.internal.VoucherViews.VoucherDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the voucher pages: each method is one statement. Programme, project and area names come from
 * their owners' building blocks ({@link PortfolioSql}, {@link AreaSql}) and query methods.
 */
@Repository
public class VoucherRepository {

    /** The source of a scheme's stated maximum per award (the row's own source is joined as SOURCE). */
    private static final Source MAX_SOURCE = SOURCE.as("max_source");
    private static final SourceColumns MAX = SourceColumns.aliased(MAX_SOURCE);
    private static final Field<String> PROGRAMME_CODE = PortfolioSql.programmeCode(VOUCHER_AWARD.PROGRAMME_ID);
    private static final Field<String> PROGRAMME_NAME = PortfolioSql.programmeName(VOUCHER_AWARD.PROGRAMME_ID);
    private static final Field<String> AREA_CODE = AreaSql.code(VOUCHER_AWARD.MUNICIPALITY_ID);
    private static final Field<String> AREA_NAME = AreaSql.name(VOUCHER_AWARD.MUNICIPALITY_ID);
    // an unpublished project is not named to anonymous visitors (its title is null, and so is its id then)
    private static final Field<String> PROJECT_TITLE_ALL = PortfolioSql.projectTitle(VOUCHER_AWARD.PROJECT_ID, true);
    private static final Field<String> PROJECT_TITLE_PUBLISHED =
            PortfolioSql.projectTitle(VOUCHER_AWARD.PROJECT_ID, false);

    private final DSLContext dsl;
    private final PortfolioQueries portfolio;
    private final Areas areas;
    private final AccessPolicy access;

    VoucherRepository(DSLContext dsl, PortfolioQueries portfolio, Areas areas, AccessPolicy access) {
        this.dsl = dsl;
        this.portfolio = portfolio;
        this.areas = areas;
        this.access = access;
    }

    /** The columns the voucher list sorts by; by default the newest awards first. */
    public enum VoucherSort { YEAR, PROGRAMME, SCHEME, MUNICIPALITY, QUANTITY, AMOUNT }

    public PageResult<VoucherDetail> list(VoucherFilter filter, boolean includeUnpublished, VoucherSort sort,
            boolean descending, int page, int size) {
        Condition where = VoucherQueries.condition(filter, includeUnpublished);
        long total = dsl.fetchCount(VOUCHER_AWARD, where);
        List<VoucherDetail> items = select(includeUnpublished)
                .where(where)
                .orderBy(order(sort, descending))
                .limit(size).offset((long) page * size)
                .fetch(r -> detail(r, includeUnpublished));
        return new PageResult<>(items, page, size, total);
    }

    /**
     * The order of the list (and its downloads): unknown values last in both directions; then the default order, so
     * that pages are stable. The default order (year, date, scheme, id) is an index (V40), so a page reads its rows
     * and no more; it names no programme, whose name would be a lookup for every award before sorting.
     */
    static List<SortField<?>> order(VoucherSort sort, boolean descending) {
        Field<?> primary = switch (sort) {
            case YEAR -> VoucherQueries.awardYear();
            case PROGRAMME -> PROGRAMME_NAME;
            case SCHEME -> VOUCHER_AWARD.SCHEME;
            case MUNICIPALITY -> AREA_NAME;
            case QUANTITY -> VOUCHER_AWARD.QUANTITY;
            case AMOUNT -> VOUCHER_AWARD.AMOUNT;
        };
        return List.of(descending ? primary.desc().nullsLast() : primary.asc().nullsLast(),
                VoucherQueries.awardYear().desc().nullsLast(), VOUCHER_AWARD.AWARDED_ON.desc().nullsLast(),
                VOUCHER_AWARD.SCHEME.asc(), VOUCHER_AWARD.ID.asc());
    }

    public Optional<VoucherDetail> detail(long id, boolean includeUnpublished) {
        return select(includeUnpublished)
                .where(VOUCHER_AWARD.ID.eq(id))
                .and(VoucherQueries.condition(VoucherFilter.NONE, includeUnpublished))
                .fetchOptional(r -> detail(r, includeUnpublished));
    }

    /** The columns of a voucher row with its names and sources; {@link #detail(Record, boolean)} reads them. */
    SelectOnConditionStep<Record> select(boolean includeUnpublished) {
        return dsl.select(VOUCHER_AWARD.ID, VOUCHER_AWARD.PROGRAMME_ID, PROGRAMME_CODE, PROGRAMME_NAME,
                        VOUCHER_AWARD.PROJECT_ID, projectTitle(includeUnpublished), VOUCHER_AWARD.SCHEME,
                        VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY, VOUCHER_AWARD.QUANTITY_QUALIFIER,
                        VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.MAX_AMOUNT_PER_AWARD, VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID,
                        VOUCHER_AWARD.MAX_AMOUNT_SOURCE_LOCATOR, MAX.code(), MAX.title(), MAX.url(),
                        VOUCHER_AWARD.AWARDED_ON, VOUCHER_AWARD.AWARD_YEAR, VOUCHER_AWARD.MUNICIPALITY_ID, AREA_CODE,
                        AREA_NAME, VOUCHER_AWARD.RECIPIENT_KIND, VOUCHER_AWARD.PUBLISHED, VOUCHER_AWARD.SOURCE_ID,
                        VOUCHER_AWARD.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL, VOUCHER_AWARD.VERSION)
                .from(VOUCHER_AWARD)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID))
                .leftJoin(MAX_SOURCE).on(MAX_SOURCE.ID.eq(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID));
    }

    private static Field<String> projectTitle(boolean includeUnpublished) {
        return includeUnpublished ? PROJECT_TITLE_ALL : PROJECT_TITLE_PUBLISHED;
    }

    static VoucherDetail detail(Record r, boolean includeUnpublished) {
        String projectTitle = r.get(projectTitle(includeUnpublished));
        return new VoucherDetail(r.get(VOUCHER_AWARD.ID), r.get(VOUCHER_AWARD.PROGRAMME_ID), r.get(PROGRAMME_CODE),
                r.get(PROGRAMME_NAME), projectTitle == null ? null : r.get(VOUCHER_AWARD.PROJECT_ID), projectTitle,
                r.get(VOUCHER_AWARD.SCHEME),
                r.get(VOUCHER_AWARD.SCHEME_KIND), r.get(VOUCHER_AWARD.QUANTITY),
                r.get(VOUCHER_AWARD.QUANTITY_QUALIFIER), r.get(VOUCHER_AWARD.AMOUNT),
                r.get(VOUCHER_AWARD.MAX_AMOUNT_PER_AWARD), r.get(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_ID),
                r.get(VOUCHER_AWARD.MAX_AMOUNT_SOURCE_LOCATOR),
                MAX.ref(r, VOUCHER_AWARD.MAX_AMOUNT_SOURCE_LOCATOR),
                r.get(VOUCHER_AWARD.AWARDED_ON), r.get(VOUCHER_AWARD.AWARD_YEAR),
                r.get(VOUCHER_AWARD.MUNICIPALITY_ID), r.get(AREA_CODE), r.get(AREA_NAME),
                r.get(VOUCHER_AWARD.RECIPIENT_KIND),
                r.get(VOUCHER_AWARD.PUBLISHED), r.get(VOUCHER_AWARD.SOURCE_ID), r.get(VOUCHER_AWARD.SOURCE_LOCATOR),
                SourceColumns.of(SOURCE).ref(r, VOUCHER_AWARD.SOURCE_LOCATOR),
                r.get(VOUCHER_AWARD.VERSION));
    }

    /** Vouchers awarded in the municipality (its own id only), per scheme, with a total. */
    public MunicipalityVouchers inMunicipality(long municipalityId, boolean includeUnpublished) {
        List<Record> rows = dsl.select(VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.QUANTITY,
                        VOUCHER_AWARD.QUANTITY_QUALIFIER, VOUCHER_AWARD.AMOUNT, VOUCHER_AWARD.SOURCE_LOCATOR, SOURCE.CODE, SOURCE.TITLE, SOURCE.URL)
                .from(VOUCHER_AWARD)
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VOUCHER_AWARD.SOURCE_ID))
                .where(VOUCHER_AWARD.MUNICIPALITY_ID.eq(municipalityId))
                .and(VoucherQueries.visible(includeUnpublished))
                .orderBy(VOUCHER_AWARD.SCHEME_KIND, VOUCHER_AWARD.SCHEME, VOUCHER_AWARD.ID)
                .fetch().stream().map(r -> (Record) r).toList();
        Map<List<String>, List<Record>> byScheme = rows.stream().collect(Collectors.groupingBy(
                r -> List.of(r.get(VOUCHER_AWARD.SCHEME), r.get(VOUCHER_AWARD.SCHEME_KIND).name()),
                LinkedHashMap::new, Collectors.toList()));
        List<MunicipalityVouchers.Group> groups = new ArrayList<>();
        byScheme.forEach((key, list) -> groups.add(group(key.get(0), key.get(1), list)));
        List<SourceRef> sources = SourceRefs.joined(rows,
                r -> SourceColumns.of(SOURCE).ref(r, VOUCHER_AWARD.SOURCE_LOCATOR));
        return new MunicipalityVouchers(groups, group(null, null, rows), sources);
    }

    /** Awards and known amounts of rows; an unknown amount is counted, never taken as zero. */
    private static MunicipalityVouchers.Group group(String scheme, String kind, List<Record> rows) {
        long awards = 0;
        long unknown = 0;
        BigDecimal known = null;
        ValueQualifier qualifier = ValueQualifier.EXACT;
        for (Record r : rows) {
            qualifier = qualifier.combine(r.get(VOUCHER_AWARD.QUANTITY_QUALIFIER))
                    .combine(ValueQualifier.ofCount(r.get(VOUCHER_AWARD.QUANTITY)));
            int quantity = r.get(VOUCHER_AWARD.QUANTITY) == null ? 0 : r.get(VOUCHER_AWARD.QUANTITY);
            awards += quantity;
            BigDecimal amount = r.get(VOUCHER_AWARD.AMOUNT);
            if (amount == null) {
                unknown += quantity;
            } else {
                known = known == null ? amount : known.add(amount);
            }
        }
        return new MunicipalityVouchers.Group(scheme, kind, awards, qualifier, known, unknown);
    }

    /** Programmes for the list filter: anonymous visitors see published ones only. */
    public List<ProgrammeOption> programmes(boolean includeUnpublished) {
        return portfolio.programmeChoices(includeUnpublished).stream()
                .map(p -> new ProgrammeOption(p.id(), p.code(), p.name())).toList();
    }

    /**
     * The programmes whose vouchers the user may edit (AccessPolicy's rule, in one query for lists and forms).
     * Saving still asks AccessPolicy itself.
     */
    public List<ProgrammeOption> editableProgrammes(Authentication auth) {
        Optional<UserPrincipal> user = UserPrincipal.of(auth);
        if (user.isEmpty() || (user.get().role() != Role.ADMIN && user.get().role() != Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        return portfolio.programmeChoices(id -> access.canEditProgrammeCondition(auth, id)).stream()
                .map(p -> new ProgrammeOption(p.id(), p.code(), p.name())).toList();
    }

    /** Scheme names in use, offered as suggestions in the form. */
    public List<String> schemes() {
        return dsl.selectDistinct(VOUCHER_AWARD.SCHEME).from(VOUCHER_AWARD).orderBy(VOUCHER_AWARD.SCHEME)
                .fetch(VOUCHER_AWARD.SCHEME);
    }

    /** For the municipality choice of the form: the home region's first. */
    public MunicipalityChoices municipalityChoices() {
        return areas.municipalityChoices();
    }


    boolean programmeExists(long id) {
        return portfolio.programmeExists(id);
    }

    boolean projectInProgramme(long projectId, long programmeId) {
        return portfolio.projectInProgramme(projectId, programmeId);
    }

    boolean isMunicipality(long areaId) {
        return areas.countMunicipalities(List.of(areaId)) == 1;
    }

    boolean sourceExists(long id) {
        return dsl.fetchExists(SOURCE, SOURCE.ID.eq(id));
    }

    Optional<Long> programmeOf(long voucherId) {
        return dsl.select(VOUCHER_AWARD.PROGRAMME_ID).from(VOUCHER_AWARD).where(VOUCHER_AWARD.ID.eq(voucherId))
                .fetchOptional(VOUCHER_AWARD.PROGRAMME_ID);
    }
}
