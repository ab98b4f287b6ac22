package org.regiomonitor.shared;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.ExecuteContext;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.regiomonitor.shared.InvalidInputException.Violation;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.stereotype.Component;

/**
 * The one place where a unique violation (SQLState 23505) becomes the field error that the features'
 * own duplicate checks give. Those checks run before the write, so only the loser of two concurrent
 * saves gets here: it gets the same message as a sequential duplicate (a form error, a 400 problem
 * detail in the API), never a 500. Violations of other unique indexes keep Spring's translation
 * ({@code DuplicateKeyException}). Replaces Spring Boot's default jOOQ exception translator.
 */
@Component
public class UniqueViolations implements ExceptionTranslatorExecuteListener {

    static final String UNIQUE_VIOLATION = "23505";

    /** Index name (V7__constraints.sql and earlier) to the field error of the feature's own check. */
    static final Map<String, Violation> BY_INDEX = Map.ofEntries(
            Map.entry("organisation_name_lower_key", new Violation("name", "organisation.name.duplicate")),
            Map.entry("funder_name_lower_key", new Violation("name", "finance.error.funderNameTaken")),
            Map.entry("programme_code_lower_key", new Violation("code", "portfolio.error.codeTaken")),
            Map.entry("theme_code_lower_key", new Violation("code", "portfolio.error.codeTaken")),
            Map.entry("area_code_key", new Violation("code", "area.input.code.taken")),
            Map.entry("area_code_lower_key", new Violation("code", "area.input.code.taken")),
            Map.entry("app_user_username_key", new Violation("username", "security.user.username.taken")),
            Map.entry("app_user_username_lower_key", new Violation("username", "security.user.username.taken")),
            Map.entry("budget_line_unique_idx", new Violation("year", "finance.error.duplicateLine")),
            // results (V13)
            Map.entry("catalogue_indicator_code_lower_key", new Violation("code", "results.error.codeTaken")),
            Map.entry("disaggregation_dimension_code_key", new Violation("code", "results.error.codeTaken")),
            Map.entry("reporting_period_start_key", new Violation("fromYear", "results.period.overlap")),
            Map.entry("result_update_open_key", new Violation("periodId", "results.update.openExists")),
            Map.entry("result_update_supersedes_key", new Violation("periodId", "results.update.openExists")),
            // monitor (V23): the loser of two concurrent saves of the same code or key
            Map.entry("monitor_indicator_code_key", new Violation("code", "monitor.edit.codeInUse")),
            Map.entry("indicator_set_code_key", new Violation("code", "monitor.edit.codeInUse")),
            Map.entry("monitor_indicator_code_lower_key", new Violation("code", "monitor.edit.codeInUse")),
            Map.entry("indicator_set_code_lower_key", new Violation("code", "monitor.edit.codeInUse")),
            Map.entry("monitor_indicator_measure_pkey", new Violation("measures", "monitor.edit.measureInUse")),
            Map.entry("monitor_target_unique", new Violation("year", "monitor.edit.targetInUse")),
            Map.entry("stated_observation_unique", new Violation("period", "monitor.edit.statedInUse")));

    @Override
    public void exception(ExecuteContext ctx) {
        DEFAULT.exception(ctx);
        violation(ctx.sqlException()).ifPresent(v -> {
            InvalidInputException e = new InvalidInputException(List.of(v));
            e.initCause(ctx.sqlException());
            ctx.exception(e);
        });
    }

    /** The field error for a unique violation of a known index, looking through chained exceptions. */
    static Optional<Violation> violation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            for (Throwable t = s; t != null; t = t.getCause()) {
                if (t instanceof PSQLException p && UNIQUE_VIOLATION.equals(p.getSQLState())) {
                    ServerErrorMessage m = p.getServerErrorMessage();
                    Violation v = m == null ? null : BY_INDEX.get(m.getConstraint());
                    if (v != null) {
                        return Optional.of(v);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
