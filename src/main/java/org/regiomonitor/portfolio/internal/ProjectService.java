package org.regiomonitor.portfolio.internal;

import static org.jooq.impl.DSL.row;
import static org.regiomonitor.db.Tables.PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.regiomonitor.db.Tables.PROJECT_AREA;
import static org.regiomonitor.db.Tables.PROJECT_LINK;
import static org.regiomonitor.db.Tables.PROJECT_PARTNER;
import static org.regiomonitor.db.Tables.PROJECT_PROGRAMME;
import static org.regiomonitor.db.Tables.PROJECT_STATUS_CHANGE;
import static org.regiomonitor.db.Tables.PROJECT_THEME;
import static org.regiomonitor.db.Tables.THEME;
import static org.regiomonitor.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.portfolio.PartnerRole;
import org.regiomonitor.portfolio.ProjectStatus;
import org.regiomonitor.portfolio.internal.ProjectInput.LinkInput;
import org.regiomonitor.portfolio.internal.ProjectInput.PartnerInput;
import org.regiomonitor.security.AccessPolicy;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.regiomonitor.shared.InputRules;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.NotFoundException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.Text;
import org.regiomonitor.shared.InputRules;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes projects and moves them through their lifecycle. Checks run in this order:
 * existence (404), rights (403), input and domain rules (400; nothing is written), version (409).
 * <p>
 * Rights: administrators everything; programme managers projects in their programmes, and only
 * into or out of programmes they manage; project leads edit their own projects but cannot change
 * the programmes they belong to.
 */
@Service
public class ProjectService {

    private final DSLContext dsl;
    private final AccessPolicy policy;
    private final InputRules rules;
    private final ReferenceChecks references;
    private final Clock clock;

    ProjectService(DSLContext dsl, AccessPolicy policy, InputRules rules, ReferenceChecks references, Clock clock) {
        this.dsl = dsl;
        this.policy = policy;
        this.rules = rules;
        this.references = references;
        this.clock = clock;
    }

    /** The current state of a project that the write checks need. */
    private record Current(ProjectStatus status, Set<Long> programmeIds) {
    }

    @Transactional
    public long create(ProjectInput in, Authentication auth) {
        policy.require(policy.canCreateProjects(auth));
        InvalidInputException.refuseIfSet(in.version(), "version");
        if (!in.programmeIds().isEmpty()) {
            policy.require(policy.canCreateProjectIn(auth, in.programmeIds()));
        }
        InputRules.throwIfAny(violations(in));
        ProjectStatus status = in.status() == null ? ProjectStatus.APPLICATION : in.status();
        long id = dsl.insertInto(PROJECT)
                .set(values(in))
                .set(PROJECT.STATUS, status)
                .returning(PROJECT.ID)
                .fetchSingle(PROJECT.ID);
        writeCollections(id, in);
        recordStatus(id, null, status, LocalDate.now(clock), policy.actorName(auth), null);
        return id;
    }

    @Transactional
    public void update(long id, ProjectInput in, Authentication auth) {
        Current current = current(id);
        policy.require(policy.canEditProject(auth, id));
        Set<Long> changedProgrammes = symmetricDifference(current.programmeIds(), new HashSet<>(in.programmeIds()));
        if (!changedProgrammes.isEmpty()) {
            // Moving a project into or out of a programme is the business of that programme's manager.
            policy.require(policy.canCreateProjectIn(auth, changedProgrammes));
        }
        List<Violation> violations = violations(in);
        if (in.status() != null && in.status() != current.status()) {
            violations.add(new Violation("status", "portfolio.project.statusViaTransition"));
        }
        if (in.version() == null) {
            violations.add(new Violation("version", "portfolio.error.required"));
        }
        InputRules.throwIfAny(violations);
        writeVersioned(id, in.version(), values(in));
        removeDropped(id, in);
        writeCollections(id, in);
    }

    /** Moves the project to the next state of its lifecycle and records who did it and when. */
    @Transactional
    public void changeStatus(long id, StatusChangeInput in, Authentication auth) {
        Current current = current(id);
        policy.require(policy.canEditProject(auth, id));
        List<Violation> violations = statusViolations(current.status(), in);
        InputRules.throwIfAny(violations);
        writeVersioned(id, in.version(), Map.<Field<?>, Object>of(PROJECT.STATUS, in.status()));
        LocalDate on = in.changedOn() == null ? LocalDate.now(clock) : in.changedOn();
        recordStatus(id, current.status(), in.status(), on, policy.actorName(auth), blankToNull(in.note()));
    }

    /** Writes the columns and the next version if the editor's version is still current, else refuses the edit. */
    private void writeVersioned(long id, Integer version, Map<Field<?>, Object> values) {
        int updated = dsl.update(PROJECT)
                .set(values)
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .where(PROJECT.ID.eq(id))
                .and(PROJECT.VERSION.eq(version))
                .execute();
        StaleEditException.unlessChanged(updated, "project", id);
    }

    /** The rule violations of a status change from {@code from}. */
    public List<Violation> statusViolations(ProjectStatus from, StatusChangeInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (in.status() != null && !from.canMoveTo(in.status())) {
            out.add(new Violation("status", "portfolio.status.notAllowed", statusName(from), statusName(in.status())));
        }
        if (in.changedOn() != null && in.changedOn().isAfter(LocalDate.now(clock))) {
            out.add(new Violation("changedOn", "portfolio.status.inFuture"));
        }
        if (in.version() == null) {
            out.add(new Violation("version", "portfolio.error.required"));
        }
        return out;
    }

    /** Bean constraints and domain rules of a project's input; one violation per field problem. */
    public List<Violation> violations(ProjectInput in) {
        List<Violation> out = new ArrayList<>(rules.check(in));
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            out.add(new Violation("endDate", "portfolio.error.endBeforeStart"));
        }
        checkProgrammesAndThemes(in, out);
        checkMunicipalities(in, out);
        checkOrganisations(in, out);
        for (int i = 0; i < in.links().size(); i++) {
            LinkInput link = in.links().get(i);
            String field = "links[" + i + "].url";
            if (!Text.isBlank(link.url()) && !InputRules.hasViolation(out, field)
                    && !InputRules.isWebUrl(link.url())) {
                out.add(new Violation(field, "portfolio.error.url"));
            }
        }
        references.sources(out, List.of("sourceId"), Arrays.asList(in.sourceId()));
        return out;
    }

    private void checkProgrammesAndThemes(ProjectInput in, List<Violation> out) {
        Set<Long> programmes = in.programmeIds().isEmpty() ? Set.of()
                : new HashSet<>(dsl.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.ID.in(in.programmeIds()))
                        .fetch(PROGRAMME.ID));
        if (!programmes.containsAll(in.programmeIds())) {
            out.add(new Violation("programmeIds", ReferenceChecks.UNKNOWN));
        }
        if (!in.themeIds().isEmpty()) {
            record ThemeOwner(long programmeId, String name) {
            }
            Map<Long, ThemeOwner> themes = new LinkedHashMap<>();
            dsl.select(THEME.ID, THEME.PROGRAMME_ID, THEME.NAME).from(THEME).where(THEME.ID.in(in.themeIds()))
                    .forEach(r -> themes.put(r.value1(), new ThemeOwner(r.value2(), r.value3())));
            for (Long themeId : in.themeIds()) {
                ThemeOwner theme = themes.get(themeId);
                if (theme == null) {
                    out.add(new Violation("themeIds", ReferenceChecks.UNKNOWN));
                } else if (!in.programmeIds().contains(theme.programmeId())) {
                    // The rule of the portfolio: a project's theme comes from one of the project's programmes.
                    out.add(new Violation("themeIds", "portfolio.project.themeNotInProgramme", theme.name()));
                }
            }
        } else if (!programmes.isEmpty() && dsl.fetchExists(THEME, THEME.PROGRAMME_ID.in(programmes))) {
            out.add(new Violation("themeIds", "portfolio.project.themeRequired"));
        }
    }

    private void checkMunicipalities(ProjectInput in, List<Violation> out) {
        if (in.municipalityIds().isEmpty()) {
            return;
        }
        if (in.isRegionWide()) {
            out.add(new Violation("municipalityIds", "portfolio.project.regionWideAndMunicipalities"));
        }
        int municipalities = references.municipalities(in.municipalityIds());
        if (municipalities != in.municipalityIds().size()) {
            out.add(new Violation("municipalityIds", "portfolio.project.notMunicipality"));
        }
    }

    private void checkOrganisations(ProjectInput in, List<Violation> out) {
        List<Long> ids = new ArrayList<>();
        if (in.leadOrganisationId() != null) {
            ids.add(in.leadOrganisationId());
        }
        in.partners().forEach(p -> ids.add(p.organisationId()));
        Set<Long> known = references.organisations(ids);
        if (in.leadOrganisationId() != null && !known.contains(in.leadOrganisationId())) {
            out.add(new Violation("leadOrganisationId", ReferenceChecks.UNKNOWN));
        }
        Set<PartnerInput> seen = new HashSet<>();
        for (int i = 0; i < in.partners().size(); i++) {
            PartnerInput p = in.partners().get(i);
            String prefix = "partners[" + i + "].";
            if (p.organisationId() != null && !known.contains(p.organisationId())) {
                out.add(new Violation(prefix + "organisationId", ReferenceChecks.UNKNOWN));
            } else if (p.organisationId() != null && p.role() != null && !seen.add(p)) {
                out.add(new Violation(prefix + "organisationId", "portfolio.project.partnerTwice"));
            }
            if (p.role() == PartnerRole.LEAD && p.organisationId() != null
                    && !Objects.equals(p.organisationId(), in.leadOrganisationId())) {
                out.add(new Violation(prefix + "role", "portfolio.project.leadRoleOnlyForLead"));
            }
        }
    }

    private Current current(long id) {
        ProjectStatus status = dsl.select(PROJECT.STATUS).from(PROJECT).where(PROJECT.ID.eq(id))
                .fetchOne(PROJECT.STATUS);
        if (status == null) {
            throw new NotFoundException("project", id);
        }
        Set<Long> programmes = new HashSet<>(dsl.select(PROJECT_PROGRAMME.PROGRAMME_ID).from(PROJECT_PROGRAMME)
                .where(PROJECT_PROGRAMME.PROJECT_ID.eq(id)).fetch(PROJECT_PROGRAMME.PROGRAMME_ID));
        return new Current(status, programmes);
    }

    /**
     * Removes the programmes, themes, municipalities, partners and links that the input no longer has;
     * {@link #writeCollections} then adds only the new ones. Rows that stay are not touched, so the audit
     * trail shows what really changed.
     */
    private void removeDropped(long id, ProjectInput in) {
        dsl.deleteFrom(PROJECT_PROGRAMME).where(PROJECT_PROGRAMME.PROJECT_ID.eq(id))
                .and(PROJECT_PROGRAMME.PROGRAMME_ID.notIn(in.programmeIds())).execute();
        dsl.deleteFrom(PROJECT_THEME).where(PROJECT_THEME.PROJECT_ID.eq(id))
                .and(PROJECT_THEME.THEME_ID.notIn(in.themeIds())).execute();
        dsl.deleteFrom(PROJECT_AREA).where(PROJECT_AREA.PROJECT_ID.eq(id))
                .and(PROJECT_AREA.AREA_ID.notIn(in.municipalityIds())).execute();
        dsl.deleteFrom(PROJECT_PARTNER).where(PROJECT_PARTNER.PROJECT_ID.eq(id))
                .and(row(PROJECT_PARTNER.ORGANISATION_ID, PROJECT_PARTNER.ROLE).notIn(
                        partners(in).stream().map(p -> row(p.organisationId(), p.role())).toList()))
                .execute();
        dsl.deleteFrom(PROJECT_LINK).where(PROJECT_LINK.PROJECT_ID.eq(id))
                .and(row(PROJECT_LINK.LABEL, PROJECT_LINK.URL, PROJECT_LINK.POSITION).notIn(
                        links(in).stream().map(l -> row(l.label(), l.url(), l.position())).toList()))
                .execute();
    }

    /** A link as it is stored: stripped, with its position in the list. */
    private record StoredLink(String label, String url, int position) {
    }

    private static List<StoredLink> links(ProjectInput in) {
        List<StoredLink> out = new ArrayList<>();
        for (int i = 0; i < in.links().size(); i++) {
            LinkInput l = in.links().get(i);
            out.add(new StoredLink(Text.strip(l.label()), Text.strip(l.url()), i));
        }
        return out;
    }

    /**
     * The lead organisation, when known, is always a partner in the LEAD role, so partner lists are
     * complete. Most projects in the sources name no lead, so a project may have none.
     */
    private static Set<PartnerInput> partners(ProjectInput in) {
        Set<PartnerInput> partners = new LinkedHashSet<>();
        if (in.leadOrganisationId() != null) {
            partners.add(new PartnerInput(in.leadOrganisationId(), PartnerRole.LEAD));
        }
        partners.addAll(in.partners());
        return partners;
    }

    /** Adds the collections' rows that are not there yet (all of them for a new project). */
    private void writeCollections(long id, ProjectInput in) {
        if (!in.programmeIds().isEmpty()) {
            var insert = dsl.insertInto(PROJECT_PROGRAMME, PROJECT_PROGRAMME.PROJECT_ID, PROJECT_PROGRAMME.PROGRAMME_ID);
            for (Long p : in.programmeIds()) {
                insert = insert.values(id, p);
            }
            insert.onConflictDoNothing().execute();
        }
        if (!in.themeIds().isEmpty()) {
            var insert = dsl.insertInto(PROJECT_THEME, PROJECT_THEME.PROJECT_ID, PROJECT_THEME.THEME_ID);
            for (Long t : in.themeIds()) {
                insert = insert.values(id, t);
            }
            insert.onConflictDoNothing().execute();
        }
        if (!in.municipalityIds().isEmpty()) {
            var insert = dsl.insertInto(PROJECT_AREA, PROJECT_AREA.PROJECT_ID, PROJECT_AREA.AREA_ID);
            for (Long a : in.municipalityIds()) {
                insert = insert.values(id, a);
            }
            insert.onConflictDoNothing().execute();
        }
        var partnerInsert = dsl.insertInto(PROJECT_PARTNER, PROJECT_PARTNER.PROJECT_ID,
                PROJECT_PARTNER.ORGANISATION_ID, PROJECT_PARTNER.ROLE);
        for (PartnerInput p : partners(in)) {
            partnerInsert = partnerInsert.values(id, p.organisationId(), p.role());
        }
        partnerInsert.onConflictDoNothing().execute();
        if (in.links().isEmpty()) {
            return;
        }
        // Links have no natural key in the table; add those that are not stored as they are yet.
        Set<StoredLink> stored = new HashSet<>(dsl.select(PROJECT_LINK.LABEL, PROJECT_LINK.URL, PROJECT_LINK.POSITION)
                .from(PROJECT_LINK).where(PROJECT_LINK.PROJECT_ID.eq(id)).fetchInto(StoredLink.class));
        List<StoredLink> added = links(in).stream().filter(l -> !stored.contains(l)).toList();
        if (!added.isEmpty()) {
            var insert = dsl.insertInto(PROJECT_LINK, PROJECT_LINK.PROJECT_ID, PROJECT_LINK.LABEL, PROJECT_LINK.URL,
                    PROJECT_LINK.POSITION);
            for (StoredLink l : added) {
                insert = insert.values(id, l.label(), l.url(), l.position());
            }
            insert.execute();
        }
    }

    private void recordStatus(long projectId, ProjectStatus from, ProjectStatus to, LocalDate on, String actor,
            String note) {
        dsl.insertInto(PROJECT_STATUS_CHANGE)
                .set(PROJECT_STATUS_CHANGE.PROJECT_ID, projectId)
                .set(PROJECT_STATUS_CHANGE.FROM_STATUS, from)
                .set(PROJECT_STATUS_CHANGE.TO_STATUS, to)
                .set(PROJECT_STATUS_CHANGE.CHANGED_ON, on)
                .set(PROJECT_STATUS_CHANGE.CHANGED_BY, actor)
                .set(PROJECT_STATUS_CHANGE.NOTE, note)
                .execute();
    }

    private static Map<Field<?>, Object> values(ProjectInput in) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(PROJECT.TITLE, Text.strip(in.title()));
        v.put(PROJECT.SUMMARY, blankToNull(in.summary()));
        v.put(PROJECT.LEAD_ORGANISATION_ID, in.leadOrganisationId());
        v.put(PROJECT.START_DATE, in.startDate());
        v.put(PROJECT.END_DATE, in.endDate());
        v.put(PROJECT.REGION_WIDE, in.isRegionWide());
        v.put(PROJECT.PUBLISHED, in.isPublished());
        v.put(PROJECT.SOURCE_ID, in.sourceId());
        v.put(PROJECT.SOURCE_LOCATOR, blankToNull(in.sourceLocator()));
        return v;
    }

    private static Set<Long> symmetricDifference(Set<Long> a, Set<Long> b) {
        Set<Long> out = new HashSet<>(a);
        out.addAll(b);
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        out.removeAll(both);
        return out;
    }

    private static DefaultMessageSourceResolvable statusName(ProjectStatus s) {
        return new DefaultMessageSourceResolvable(new String[] {"projectStatus." + s.name()}, s.name());
    }
}
