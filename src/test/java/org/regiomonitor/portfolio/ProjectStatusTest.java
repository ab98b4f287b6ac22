package org.regiomonitor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.portfolio.ProjectStatus.APPLICATION;
import static org.regiomonitor.portfolio.ProjectStatus.APPROVED;
import static org.regiomonitor.portfolio.ProjectStatus.COMPLETED;
import static org.regiomonitor.portfolio.ProjectStatus.CONTINUED_INDEPENDENTLY;
import static org.regiomonitor.portfolio.ProjectStatus.REJECTED;
import static org.regiomonitor.portfolio.ProjectStatus.RUNNING;
import static org.regiomonitor.portfolio.ProjectStatus.UNDER_ASSESSMENT;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle of a project: exactly these transitions, nothing else. */
class ProjectStatusTest {

    static final Map<ProjectStatus, Set<ProjectStatus>> ALLOWED = Map.of(
            APPLICATION, Set.of(UNDER_ASSESSMENT),
            UNDER_ASSESSMENT, Set.of(APPROVED, REJECTED),
            APPROVED, Set.of(RUNNING),
            RUNNING, Set.of(COMPLETED),
            COMPLETED, Set.of(CONTINUED_INDEPENDENTLY),
            REJECTED, Set.of(),
            CONTINUED_INDEPENDENTLY, Set.of());

    @Test
    void everyPairFollowsTheTable() {
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : ProjectStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.next()).isEqualTo(ALLOWED.get(from));
        }
    }

    @Test
    void runningProjectsMustBeCompletedBeforeTheyContinueIndependently() {
        assertThat(RUNNING.canMoveTo(CONTINUED_INDEPENDENTLY)).isFalse();
        assertThat(COMPLETED.canMoveTo(CONTINUED_INDEPENDENTLY)).isTrue();
    }

    @Test
    void noStatusMovesToItselfOrBackwards() {
        for (ProjectStatus s : ProjectStatus.values()) {
            assertThat(s.canMoveTo(s)).isFalse();
            assertThat(s.next()).allMatch(n -> n.ordinal() > s.ordinal());
        }
    }

    @Test
    void rejectedAndContinuedAreFinal() {
        assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter(ProjectStatus::isFinal))
                .containsExactlyInAnyOrder(REJECTED, CONTINUED_INDEPENDENTLY);
    }
}
