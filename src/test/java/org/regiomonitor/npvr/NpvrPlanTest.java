package org.regiomonitor.npvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.NPVR_MILESTONE;
import static org.regiomonitor.db.Tables.NPVR_TASK;
import static org.regiomonitor.db.Tables.NPVR_TASK_INDICATOR;
import static org.regiomonitor.db.Tables.NPVR_TASK_PROJECT;
import static org.regiomonitor.db.Tables.PROJECT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.regiomonitor.audit.AuditLog;
import org.regiomonitor.audit.AuditRecord;
import org.regiomonitor.npvr.internal.NpvrReader;
import org.regiomonitor.npvr.internal.NpvrViews.FicheText;
import org.regiomonitor.npvr.internal.NpvrViews.TaskView;
import org.regiomonitor.npvr.internal.NpvrViews.ThemeView;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.QueryCounter;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The NPVR plan of seed 004: its reference data, the task pages (acceptance 7), edits, rights, audit, queries. */
@IntegrationTest
class NpvrPlanTest {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    NpvrReader reader;
    @Autowired
    DSLContext dsl;
    @Autowired
    AuditLog audit;
    @Autowired
    QueryCounter queries;

    /** As Thymeleaf writes text: markup characters escaped, letters such as ö as they are. */
    private static String html(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static UserPrincipal as(Role role) {
        long id = IDS.incrementAndGet();
        return TestUsers.principal(id, role.name().toLowerCase() + "-" + id, role);
    }

    @Test
    void theReferenceDataHoldsTheTwentyOneFichesOfSeed004InSevenThemes() {
        List<ThemeView> themes = reader.themes();
        assertThat(themes).hasSize(7);
        assertThat(themes).extracting(ThemeView::titleNl).containsExactly("Realiseer een schaalsprong voor Twente",
                "Iedereen kan meedoen", "Twente is hightech hotspot", "Ruimte bieden voor ondernemen",
                "Fijn wonen voor iedereen", "Voorzieningen in Twente zijn bereikbaar",
                "Twente is een magneet voor talent");
        assertThat(themes.stream().flatMap(t -> t.tasks().stream()).map(t -> t.number()))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
        assertThat(themes.get(1).tasks()).extracting(t -> t.number()).containsExactly(3, 4, 5);

        TaskView one = reader.task(1, true).orElseThrow();
        assertThat(one.titleNl()).isEqualTo("Ruimtelijke Ontwikkelstrategie Twente");
        assertThat(one.text("task")).isEqualTo("Twente is een verstedelijkingsregio met ruimte om te groeien met meer "
                + "dan 100.000 inwoners tot 2050, in het stedelijk en landelijk gebied, en bijbehorende groei van banen "
                + "en voldoende passende woningen, ook voor (internationaal) talent.");
        assertThat(one.text("situation")).startsWith("In 2024 heeft Twente 641.000 inwoners, 288.000 woningen en "
                + "352.000 banen.");
        assertThat(one.text("ownershipAdministrative"))
                .isEqualTo("BO Ruimtelijke Ontwikkelstrategie voorbereidend op BOL/BO MIRT");
        assertThat(one.text("ownershipExecutive")).isEqualTo("Kernteam ROS, Programmamanager ROS");
        assertThat(one.ministries()).extracting(m -> m.name() + (m.primary() ? "!" : ""))
                .containsExactly("VRO!", "EZK*", "I&W", "BZK");
        assertThat(one.ministriesNote()).isEqualTo("*EZK = EZ en/of KGG");
        assertThat(one.text("bottlenecks")).contains("- Oplossen van de belemmeringen als gevolg van stikstof");
        assertThat(one.text("interventionsRegion"))
                .isEqualTo("Inzetten kracht Twentse bouwsector o.a. met innovatie en voor verduurzaming");
        assertThat(one.text("followUp")).isEqualTo("Aanpak en afspraken zoals in het ROS-traject zijn en worden gedefinieerd");
        assertThat(one.fiche()).filteredOn(f -> f.field().equals("situation")).extracting(FicheText::sourceLocator)
                .singleElement().asString().contains("opgave 1", "Huidige situatie en context");
        assertThat(one.goals()).extracting(g -> g.code())
                .containsExactly("WOONKLIMAAT", "VOORZIENINGENNIVEAU", "MENSEN_NAAR_WERK");

        // a fiche without "Wat is aanvullend nodig" heading of its own, and one whose follow-up is a placeholder
        TaskView three = reader.task(3, true).orElseThrow();
        assertThat(three.text("needed")).startsWith("Stabiele financiering van het onderwijs is nodig, met aandacht "
                + "voor de regionale situatie.");
        assertThat(three.text("followUp")).isNull();
        TaskView eleven = reader.task(11, true).orElseThrow();
        assertThat(eleven.text("interventionsRijk")).isEqualTo("Medeverantwoordelijkheid nemen voor groot "
                + "baanonderhoud in relatie tot kwaliteitseisen defensie bij medegebruik in crisistijd");
        assertThat(eleven.ministries()).extracting(m -> m.name() + (m.primary() ? "!" : ""))
                .containsExactly("Defensie!", "EZK");
        TaskView thirteen = reader.task(13, true).orElseThrow();
        assertThat(thirteen.ministries()).noneMatch(m -> m.primary()); // the fiche marks none
        assertThat(thirteen.text("ongoing")).contains("Renovatiedeel Twente 2024 – 2025 met BZK (bepalend traject)");
        TaskView nineteen = reader.task(19, true).orElseThrow();
        assertThat(nineteen.text("interventionsJoint")).startsWith("In gezamenlijkheid met het Rijk verkennen");
        assertThat(nineteen.text("interventionsRijk")).isNull();
        TaskView eighteen = reader.task(18, true).orElseThrow();
        assertThat(eighteen.themeCode()).isEqualTo("VOORZIENINGEN");
        assertThat(eighteen.text("task")).isEqualTo("De bereikbaarheid van primair onderwijs en voortgezet onderwijs "
                + "is geborgd.");

        assertThat(reader.milestones()).hasSize(10);
        assertThat(reader.milestones()).extracting(m -> m.plannedYear() + " " + m.titleNl()).contains(
                "2026 Indicatoren bepalen", "2026 Nulmeting op ambities en doelstellingen",
                "2027 Relevante grensdata en –indicatoren integreren", "2028 Eerste meting",
                "2029 Vaststellen definitief dashboard om NPVR te volgen");
    }

    @Test
    void everyTaskPageShowsItsFicheItsLinkedProjectsAndItsIndicatorsInABoundedNumberOfQueries() throws Exception {
        var project = dsl.select(PROJECT.ID, PROJECT.TITLE).from(PROJECT).where(PROJECT.PUBLISHED.isTrue())
                .orderBy(PROJECT.ID).limit(1).fetchSingle();
        var hidden = dsl.select(PROJECT.ID, PROJECT.TITLE).from(PROJECT).where(PROJECT.PUBLISHED.isFalse())
                .orderBy(PROJECT.ID).limit(1).fetchOne();
        for (int n = 1; n <= 21; n++) {
            long task = dsl.select(NPVR_TASK.ID).from(NPVR_TASK).where(NPVR_TASK.NUMBER.eq(n)).fetchSingle().value1();
            dsl.insertInto(NPVR_TASK_PROJECT).set(NPVR_TASK_PROJECT.TASK_ID, task)
                    .set(NPVR_TASK_PROJECT.PROJECT_ID, project.value1()).onConflictDoNothing().execute();
            if (hidden != null) {
                dsl.insertInto(NPVR_TASK_PROJECT).set(NPVR_TASK_PROJECT.TASK_ID, task)
                        .set(NPVR_TASK_PROJECT.PROJECT_ID, hidden.value1()).onConflictDoNothing().execute();
            }
            dsl.insertInto(NPVR_TASK_INDICATOR).set(NPVR_TASK_INDICATOR.TASK_ID, task)
                    .set(NPVR_TASK_INDICATOR.INDICATOR_CODE, "PAGE_IND_" + n).onConflictDoNothing().execute();
        }
        try {
            for (int n = 1; n <= 21; n++) {
                TaskView t = reader.task(n, false).orElseThrow();
                queries.reset();
                String page = mvc.perform(get("/npvr/tasks/{n}", n)).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsString();
                int count = queries.count();
                // 12, plus the monitor's lines of the linked indicators (issue 8): catalogue, comparison areas,
                // figures, the compared regions' members, sources; the same for any number of links
                assertThat(count).as("queries of task page %d", n).isLessThanOrEqualTo(12 + 13);
                assertThat(page).contains(html(t.titleNl()), "Opgave " + n,
                        "Huidige situatie en context", "Geconstateerde knelpunten", "Vervolgafspraken",
                        "Betrokken ministeries", "Gekoppelde projecten", "Gekoppelde indicatoren", "PAGE_IND_" + n,
                        "href=\"/projects/" + project.value1() + "\"", html(project.value2()));
                for (FicheText f : t.fiche()) {
                    if (f.text() != null) {
                        String start = f.text().lines().findFirst().orElseThrow();
                        assertThat(page).as("task %d field %s", n, f.field())
                                .contains(html(start.substring(0, Math.min(60, start.length()))));
                        assertThat(page).contains(html(f.sourceLocator()));
                    }
                }
                t.ministries().forEach(m -> assertThat(page).contains(html(m.name())));
                if (n == 1) {
                    // the linked indicators of the fiche with the home region's latest figure and its signals
                    assertThat(page).contains("Bevolking op 1 januari", "Twente", "Laatste verandering",
                            "/monitor/indicators/POPULATION?area=CR12");
                }
                if (t.ministries().stream().anyMatch(m -> m.primary())) {
                    assertThat(page).contains(">primair<");
                }
                if (hidden != null) {
                    assertThat(page).as("anonymous visitors do not see unpublished projects")
                            .doesNotContain("href=\"/projects/" + hidden.value1() + "\"");
                }
            }
            String english = mvc.perform(get("/npvr/tasks/1").param("lang", "en")).andReturn().getResponse()
                    .getContentAsString();
            assertThat(english).contains("Task 1", "Linked projects", "Linked indicators", "Ministries involved");

            queries.reset();
            String overview = mvc.perform(get("/npvr")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(queries.count()).isLessThanOrEqualTo(6);
            assertThat(overview).contains("Iedereen kan meedoen", "href=\"/npvr/tasks/21\"", "Nulmeting op ambities en "
                    + "doelstellingen", ">Gepland<");
            mvc.perform(get("/npvr/tasks/22")).andExpect(status().isNotFound());
        } finally {
            dsl.deleteFrom(NPVR_TASK_PROJECT).execute();
            dsl.deleteFrom(NPVR_TASK_INDICATOR).execute();
        }
    }

    @Test
    void onlyAnalystsAndAdministratorsEditAndAStaleOrInvalidEditWritesNothing() throws Exception {
        TaskView before = reader.task(5, true).orElseThrow();
        long project = dsl.select(PROJECT.ID).from(PROJECT).orderBy(PROJECT.ID).limit(1).fetchSingle().value1();

        mvc.perform(get("/npvr/tasks/5/edit").with(user(as(Role.VIEWER)))).andExpect(status().isForbidden());
        mvc.perform(post("/npvr/tasks/5").with(user(as(Role.VIEWER))).with(csrf())
                        .param("version", String.valueOf(before.version())).param("impact", "changed by a viewer"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/npvr/tasks/5").with(user(as(Role.PROGRAMME_MANAGER))).with(csrf())
                        .param("version", String.valueOf(before.version())).param("impact", "changed"))
                .andExpect(status().isForbidden());
        assertThat(reader.task(5, true).orElseThrow().text("impact")).isEqualTo(before.text("impact"));

        UserPrincipal analyst = as(Role.ANALYST);
        String form = mvc.perform(get("/npvr/tasks/5/edit").with(user(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"impact\"", "name=\"projectIds\"", "name=\"indicatorCodes\"");

        // invalid indicator code and an unknown project: 400, both named beside their fields, nothing written
        String refused = mvc.perform(post("/npvr/tasks/5").with(user(analyst)).with(csrf())
                        .param("version", String.valueOf(before.version())).param("impact", "New impact text")
                        .param("projectIds", "987654321").param("indicatorCodes", "GOOD_CODE\nbad code!"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("bad", "geen indicatorcode", "Project 987654321 bestaat niet",
                "id=\"indicatorCodes-error\"", "id=\"projectIds-error\"", "New impact text");
        TaskView unchanged = reader.task(5, true).orElseThrow();
        assertThat(unchanged).isEqualTo(before);

        // the analyst saves: texts and links written, version moves on, the change is audited
        mvc.perform(post("/npvr/tasks/5").with(user(analyst)).with(csrf())
                        .param("version", String.valueOf(before.version())).param("task", before.text("task"))
                        .param("impact", "New impact text").param("projectIds", String.valueOf(project))
                        .param("indicatorCodes", "CBS_POP, GOOD_CODE"))
                .andExpect(status().is3xxRedirection());
        TaskView after = reader.task(5, true).orElseThrow();
        assertThat(after.text("impact")).isEqualTo("New impact text");
        assertThat(after.text("situation")).isNull(); // the form sent it empty: the analyst emptied it
        assertThat(after.indicatorCodes()).containsExactly("CBS_POP", "GOOD_CODE");
        assertThat(after.projects()).extracting(p -> p.id()).containsExactly(project);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(audit.history("npvr_task", after.id(), 10)).extracting(AuditRecord::actor).contains(analyst.getUsername());

        // a stale version: 409 with the message, nothing written
        String stale = mvc.perform(post("/npvr/tasks/5").with(user(analyst)).with(csrf())
                        .param("version", String.valueOf(before.version())).param("impact", "Stale text"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Iemand anders heeft dit intussen gewijzigd");
        assertThat(reader.task(5, true).orElseThrow()).isEqualTo(after);

        // the API: same rules
        mvc.perform(put("/api/npvr/tasks/5").with(user(as(Role.VIEWER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + after.version() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/npvr/tasks/5").with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + before.version() + ",\"impact\":\"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/npvr/tasks/5").with(user(analyst)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + after.version() + ",\"indicatorCodes\":[\"no spaces\"]}"))
                .andExpect(status().isBadRequest());
        assertThat(reader.task(5, true).orElseThrow()).isEqualTo(after);

        // put the fiche back as seed 004 has it, for the other tests
        var restore = dsl.update(NPVR_TASK).set(NPVR_TASK.IMPACT, before.text("impact"))
                .set(NPVR_TASK.SITUATION, before.text("situation")).where(NPVR_TASK.NUMBER.eq(5));
        restore.execute();
        dsl.deleteFrom(NPVR_TASK_PROJECT).where(NPVR_TASK_PROJECT.TASK_ID.eq(after.id())).execute();
        dsl.deleteFrom(NPVR_TASK_INDICATOR).where(NPVR_TASK_INDICATOR.TASK_ID.eq(after.id())).execute();
    }

    @Test
    void aMilestoneStatusChangeIsAuditedAndTheApiListsTasksAndMilestones() throws Exception {
        var m = reader.milestone("M2027-1").orElseThrow();
        assertThat(m.status()).isEqualTo(MilestoneStatus.PLANNED);
        UserPrincipal analyst = as(Role.ANALYST);

        mvc.perform(post("/npvr/milestones/M2027-1").with(user(as(Role.VIEWER))).with(csrf())
                .param("status", "DONE").param("version", String.valueOf(m.version())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/npvr/milestones/M2027-1").with(user(analyst)).with(csrf())
                .param("status", "").param("version", String.valueOf(m.version())))
                .andExpect(status().isBadRequest());
        assertThat(reader.milestone("M2027-1").orElseThrow()).isEqualTo(m);

        mvc.perform(post("/npvr/milestones/M2027-1").with(user(analyst)).with(csrf())
                .param("status", "IN_PROGRESS").param("note", "Dashboard in aanbesteding")
                .param("version", String.valueOf(m.version())))
                .andExpect(status().is3xxRedirection());
        var changed = reader.milestone("M2027-1").orElseThrow();
        assertThat(changed.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        List<AuditRecord> trail = audit.history("npvr_milestone", m.id(), 5);
        assertThat(trail).isNotEmpty();
        assertThat(trail.get(0).actor()).isEqualTo(analyst.getUsername());
        assertThat(trail.get(0).action()).isEqualTo("UPDATE");
        assertThat(trail.get(0).after()).containsEntry("status", "IN_PROGRESS");
        assertThat(trail.get(0).before()).containsEntry("status", "PLANNED");

        mvc.perform(post("/npvr/milestones/M2027-1").with(user(analyst)).with(csrf())
                .param("status", "DONE").param("version", String.valueOf(m.version())))
                .andExpect(status().isConflict());
        String overview = mvc.perform(get("/npvr")).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains(">Bezig<", "Dashboard in aanbesteding");

        mvc.perform(get("/api/npvr/tasks")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(21))
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[0].ministries[0].primary").value(true));
        mvc.perform(get("/api/npvr/tasks/17")).andExpect(status().isOk())
                .andExpect(jsonPath("$.titleNl").value("(Digitale) toegankelijkheid van basiszorgvoorzieningen is geborgd"));
        mvc.perform(get("/api/npvr/milestones")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(10));
        mvc.perform(put("/api/npvr/milestones/M2027-1").with(user(analyst)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"PLANNED\",\"version\":" + changed.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLANNED"));
        assertThat(dsl.select(NPVR_MILESTONE.STATUS).from(NPVR_MILESTONE).where(NPVR_MILESTONE.CODE.eq("M2027-1"))
                .fetchSingle().value1()).isEqualTo(MilestoneStatus.PLANNED);
    }
}
