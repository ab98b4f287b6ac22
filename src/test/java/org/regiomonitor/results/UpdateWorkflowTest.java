package org.regiomonitor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.results.ResultsFixtures.ratio;
import static org.regiomonitor.results.ResultsFixtures.value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.results.internal.PeriodLockInput;
import org.regiomonitor.results.internal.ReviewInput;
import org.regiomonitor.results.internal.UpdateInput;
import org.regiomonitor.security.Role;
import org.regiomonitor.shared.InvalidInputException;
import org.regiomonitor.shared.StaleEditException;
import org.regiomonitor.shared.ValueQualifier;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The review workflow and its rights at the service level (issue 7, acceptance 3): only a lead of the project
 * (or an administrator) writes and submits updates; only a manager of one of its programmes (or an
 * administrator) returns or approves them; locked periods and stale versions are refused.
 */
@IntegrationTest
class UpdateWorkflowTest {

    @Autowired
    ApplicationContext context;

    ResultsFixtures f;
    long programme;
    long project;
    long indicator;
    List<Long> periods;
    Authentication lead;
    Authentication manager;

    @BeforeEach
    void setUp() {
        f = new ResultsFixtures(context);
        programme = f.programme();
        periods = f.halfYears(programme, 2024, 2024);
        project = f.project(programme);
        indicator = f.indicator(project, null, Measure.UNIT, false);
        lead = f.lead(project);
        manager = f.manager(programme);
    }

    private String status(long updateId) {
        return f.dsl.fetchSingle("select status from result_update where id = ?", updateId).get(0, String.class);
    }

    @Test
    void onlyALeadOfTheProjectOrAnAdministratorWritesAndSubmits() {
        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        f.updates.submit(id, new ReviewInput(null, 0), lead);
        assertThat(status(id)).isEqualTo("SUBMITTED");

        Authentication otherLead = f.lead(f.project(programme));
        Authentication viewer = ResultsFixtures.auth(f.user(Role.VIEWER));
        for (Authentication denied : List.of(otherLead, manager, viewer)) {
            assertThatThrownBy(() -> f.updates.create(indicator, value(periods.get(1), "5"), denied))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long draft = f.updates.create(indicator, value(periods.get(1), "5"), lead);
        assertThatThrownBy(() -> f.updates.update(draft, new UpdateInput(null, java.math.BigDecimal.ONE, null, null,
                null, null, null, null, 0), manager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.updates.submit(draft, new ReviewInput(null, 0), manager))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(draft)).isEqualTo("DRAFT");
        f.updates.submit(draft, new ReviewInput(null, 0), f.admin);
        assertThat(status(draft)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyAManagerOfOneOfItsProgrammesOrAnAdministratorReturnsAndApproves() {
        long other = f.programme();
        long joint = f.project(programme, other);
        long jointIndicator = f.indicator(joint, null, Measure.UNIT, false);
        Authentication jointLead = f.lead(joint);
        long id = f.updates.create(jointIndicator, value(periods.get(0), "10"), jointLead);
        f.updates.submit(id, new ReviewInput(null, 0), jointLead);

        Authentication managerOfUnrelated = f.manager(f.programme());
        for (Authentication denied : List.of(jointLead, managerOfUnrelated, ResultsFixtures.auth(f.user(Role.VIEWER)))) {
            assertThatThrownBy(() -> f.updates.approve(id, new ReviewInput(null, 1), denied))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.updates.returnToLead(id, new ReviewInput("nee", 1), denied))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a return needs a comment
        assertThatThrownBy(() -> f.updates.returnToLead(id, new ReviewInput(" ", 1), manager))
                .isInstanceOf(InvalidInputException.class);
        f.updates.returnToLead(id, new ReviewInput("Bron ontbreekt", 1), manager);
        assertThat(status(id)).isEqualTo("RETURNED");
        f.updates.update(id, new UpdateInput(null, java.math.BigDecimal.valueOf(12), null, null, ValueQualifier.AT_LEAST,
                "Bron: jaarverslag", null, null, 2), jointLead);
        f.updates.submit(id, new ReviewInput(null, 3), jointLead);
        assertThat(status(id)).isEqualTo("RESUBMITTED");
        // the manager of the other programme of the joint project approves
        f.updates.approve(id, new ReviewInput("Akkoord", 4), f.manager(other));
        assertThat(status(id)).isEqualTo("APPROVED");

        List<String> history = f.dsl.fetch("""
                select coalesce(from_status, '-') || '>' || to_status || ':' || coalesce(comment, '')
                from update_transition where update_id = ? order by id""", id).getValues(0, String.class);
        assertThat(history).containsExactly("->DRAFT:", "DRAFT>SUBMITTED:", "SUBMITTED>RETURNED:Bron ontbreekt",
                "RETURNED>RESUBMITTED:", "RESUBMITTED>APPROVED:Akkoord");
        // approved: no longer editable, and not approvable twice
        assertThatThrownBy(() -> f.updates.update(id, new UpdateInput(null, java.math.BigDecimal.ONE, null, null, null,
                null, null, null, 5), jointLead)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> f.updates.approve(id, new ReviewInput(null, 5), f.admin))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLockedPeriodRefusesWrites() {
        long draft = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        int version = f.dsl.fetchSingle("select version from reporting_period where id = ?", periods.get(0))
                .get(0, Integer.class);
        f.framework.lockPeriod(periods.get(0), new PeriodLockInput(true, version), manager);
        long other = f.indicator(project, null, Measure.UNIT, false);
        assertThatThrownBy(() -> f.updates.create(other, value(periods.get(0), "1"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("periodId=results.period.locked");
        assertThatThrownBy(() -> f.updates.update(draft, value(null, "11").withVersion(0), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.period.locked");
        assertThatThrownBy(() -> f.updates.submit(draft, new ReviewInput(null, 0), lead))
                .isInstanceOf(InvalidInputException.class);
        assertThat(f.dsl.fetchSingle("select value from result_update where id = ?", draft).get(0, String.class))
                .startsWith("10");
    }

    @Test
    void aStaleVersionIsRefused() {
        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        f.updates.update(id, value(null, "11").withVersion(0), lead);
        assertThatThrownBy(() -> f.updates.update(id, value(null, "12").withVersion(0), lead))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> f.updates.submit(id, new ReviewInput(null, 0), lead))
                .isInstanceOf(StaleEditException.class);
        f.updates.submit(id, new ReviewInput(null, 1), lead);
        assertThatThrownBy(() -> f.updates.approve(id, new ReviewInput(null, 1), manager))
                .isInstanceOf(StaleEditException.class);
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void valuesMustFitTheMeasureAndOnlyOneUpdateIsOpenPerPeriod() {
        assertThatThrownBy(() -> f.updates.create(indicator, ratio(periods.get(0), "1", "2"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("value=results.update.valueRequired")
                .hasMessageContaining("numerator=results.update.valueNotForMeasure");
        long percentage = f.indicator(project, null, Measure.PERCENTAGE, false);
        assertThatThrownBy(() -> f.updates.create(percentage, ratio(periods.get(0), "3", "2"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.update.numeratorTooLarge");
        f.updates.create(indicator, value(periods.get(0), "10"), lead);
        assertThatThrownBy(() -> f.updates.create(indicator, value(periods.get(0), "11"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.update.openExists");
        long foreignPeriod = f.halfYears(f.programme(), 2030, 2030).get(0);
        assertThatThrownBy(() -> f.updates.create(f.indicator(project, null, Measure.UNIT, false),
                value(foreignPeriod, "1"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.error.periodNotOfProject");
    }

    @Test
    void theNarrativeIsSanitisedBeforeItIsStored() {
        String dirty = "<p onclick=\"steal()\">Gedaan: <strong>50</strong> bedrijven <script>alert(1)</script>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">klik</a> "
                + "<a href=\"https://example.org/verslag\">verslag</a><iframe src=\"https://evil\"></iframe>"
                + "<svg onload=alert(4)></svg><style>p{}</style></p>";
        long id = f.updates.create(indicator, new UpdateInput(periods.get(0), java.math.BigDecimal.TEN, null, null,
                null, null, dirty, null, null), lead);
        String stored = f.dsl.fetchSingle("select narrative from result_update where id = ?", id).get(0, String.class);
        assertThat(stored).contains("<strong>50</strong>", "href=\"https://example.org/verslag\"", "verslag");
        assertThat(stored.toLowerCase()).doesNotContain("<script", "alert", "onclick", "onerror", "onload",
                "javascript:", "<iframe", "<img", "<svg", "<style");
    }

    @Test
    void attachmentsAreCheckedByTheirBytesAndSize() throws IOException {
        long id = f.updates.create(indicator, value(periods.get(0), "10"), lead);
        f.updates.attach(id, "verslag.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), lead);
        f.updates.attach(id, "cijfers.csv", "gemeente;aantal\nEnschede;3\n".getBytes(StandardCharsets.UTF_8), lead);
        f.updates.attach(id, "tabel.xlsx", zip("xl/workbook.xml"), lead);
        f.updates.attach(id, "foto.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}, lead);
        assertThat(f.dsl.fetch("select content_type from update_attachment where update_id = ? order by id", id)
                .getValues(0, String.class)).containsExactly("application/pdf", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png");

        assertThatThrownBy(() -> f.updates.attach(id, "virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                lead)).isInstanceOf(InvalidInputException.class).hasMessageContaining("results.attachment.type");
        assertThatThrownBy(() -> f.updates.attach(id, "archief.docx", zip("other.txt"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.attachment.type");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertThatThrownBy(() -> f.updates.attach(id, "groot.pdf", large, lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.attachment.tooLarge");
        assertThatThrownBy(() -> f.updates.attach(id, "verslag.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
                manager)).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A value more precise than the indicator's decimals would be rounded on every page: refused, nothing written. */
    @Test
    void aValueWithMoreDecimalsThanTheIndicatorIsRefused() {
        long other = f.indicator(project, null, Measure.UNIT, false);
        assertThatThrownBy(() -> f.updates.create(other, value(periods.get(0), "40.5"), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("value=results.update.tooManyDecimals");
        assertThat(f.dsl.fetchCount(f.dsl.selectFrom("result_update").where("indicator_id = ?", other))).isZero();
        long id = f.updates.create(other, value(periods.get(0), "40.000"), lead);
        assertThatThrownBy(() -> f.updates.update(id, value(null, "40.25").withVersion(0), lead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("results.update.tooManyDecimals");
    }
}
