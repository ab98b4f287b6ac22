package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regiomonitor.db.Tables.AREA;
import static org.regiomonitor.db.Tables.MONITOR_INDICATOR;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.OBSERVATION_RELEASE;
import static org.regiomonitor.db.Tables.SOURCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The references of {@code observation} hold in the database although they are checked per statement (migration
 * V26) instead of by foreign keys per row: a figure needs its indicator, area and release; deleting an indicator
 * or an area deletes its figures; a release with figures cannot be deleted.
 */
@IntegrationTest
class ObservationReferencesTest {

    @Autowired
    DSLContext dsl;

    long indicator;
    long area;
    long release;

    @BeforeEach
    void setUp() {
        MonitorFixtures f = new MonitorFixtures(dsl);
        String dataset = MonitorFixtures.unique("ds").toLowerCase();
        indicator = f.indicator(MonitorFixtures.unique("REF"), Aggregation.SUM, Direction.NEUTRAL, "aantal", null,
                dataset);
        area = f.area(MonitorFixtures.unique("GMR"), AreaKind.MUNICIPALITY);
        release = dsl.insertInto(OBSERVATION_RELEASE)
                .set(OBSERVATION_RELEASE.SOURCE_ID, dsl.select(SOURCE.ID).from(SOURCE).limit(1).fetchOne(SOURCE.ID))
                .set(OBSERVATION_RELEASE.FORMAT, "TEMPLATE").set(OBSERVATION_RELEASE.LABEL, "test")
                .set(OBSERVATION_RELEASE.CHECKSUM, "0".repeat(64)).set(OBSERVATION_RELEASE.ADDED, 0)
                .set(OBSERVATION_RELEASE.CHANGED, 0).set(OBSERVATION_RELEASE.UNCHANGED, 0)
                .returning(OBSERVATION_RELEASE.ID).fetchOne(OBSERVATION_RELEASE.ID);
    }

    private int insert(long indicatorId, long areaId, long releaseId, String period) {
        return dsl.insertInto(OBSERVATION)
                .set(OBSERVATION.INDICATOR_ID, indicatorId).set(OBSERVATION.AREA_ID, areaId)
                .set(OBSERVATION.PERIOD, period).set(OBSERVATION.PERIOD_START, LocalDate.of(2024, 1, 1))
                .set(OBSERVATION.VALUE, BigDecimal.ONE).set(OBSERVATION.RELEASE_ID, releaseId)
                .execute();
    }

    private int figures() {
        return dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(indicator));
    }

    @Test
    void aFigureNeedsItsIndicatorAreaAndRelease() {
        assertThatThrownBy(() -> insert(indicator, -1, release, "2024JJ00"))
                // the same exception a foreign key gives (SQL state 23503, foreign_key_violation)
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("refers to area -1");
        assertThatThrownBy(() -> insert(-2, area, release, "2024JJ00"))
                .hasMessageContaining("refers to monitor indicator -2");
        assertThatThrownBy(() -> insert(indicator, area, -3, "2024JJ00"))
                .hasMessageContaining("refers to release -3");
        assertThat(figures()).isZero();

        assertThat(insert(indicator, area, release, "2024JJ00")).isOne();
        assertThatThrownBy(() -> dsl.update(OBSERVATION).set(OBSERVATION.RELEASE_ID, -4L)
                .where(OBSERVATION.INDICATOR_ID.eq(indicator)).execute())
                .hasMessageContaining("refers to release -4");
    }

    @Test
    void aReleaseWithFiguresCannotBeDeleted() {
        insert(indicator, area, release, "2024JJ00");
        assertThatThrownBy(() -> dsl.deleteFrom(OBSERVATION_RELEASE).where(OBSERVATION_RELEASE.ID.eq(release))
                .execute()).hasMessageContaining("release " + release + " still holds figures");
        dsl.deleteFrom(OBSERVATION).where(OBSERVATION.INDICATOR_ID.eq(indicator)).execute();
        assertThat(dsl.deleteFrom(OBSERVATION_RELEASE).where(OBSERVATION_RELEASE.ID.eq(release)).execute()).isOne();
    }

    @Test
    void deletingAnIndicatorOrAnAreaDeletesItsFigures() {
        long other = new MonitorFixtures(dsl).area(MonitorFixtures.unique("GMR"), AreaKind.MUNICIPALITY);
        insert(indicator, area, release, "2023JJ00");
        insert(indicator, area, release, "2024JJ00");
        insert(indicator, other, release, "2024JJ00");
        dsl.deleteFrom(AREA).where(AREA.ID.eq(area)).execute();
        assertThat(figures()).isOne();
        dsl.deleteFrom(MONITOR_INDICATOR).where(MONITOR_INDICATOR.ID.eq(indicator)).execute();
        assertThat(dsl.fetchCount(OBSERVATION, OBSERVATION.AREA_ID.eq(other))).isZero();
    }
}
