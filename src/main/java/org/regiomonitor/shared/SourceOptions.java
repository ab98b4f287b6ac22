package org.regiomonitor.shared;

import static org.regiomonitor.db.Tables.SOURCE;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The sources a form may cite, for the select of {@code ~{fragments/form :: source-fields}}. */
@Component
public class SourceOptions {

    /** One source in a select list: "Voortgang Agenda voor Twente 2024 (AVT-VOORTGANG-2024)". */
    public record SourceOption(long id, String code, String title) {

        public String label() {
            return title + " (" + code + ")";
        }
    }

    private final DSLContext dsl;

    SourceOptions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SourceOption> all() {
        return dsl.select(SOURCE.ID, SOURCE.CODE, SOURCE.TITLE)
                .from(SOURCE)
                .orderBy(SOURCE.TITLE, SOURCE.CODE)
                .fetch(r -> new SourceOption(r.value1(), r.value2(), r.value3()));
    }
}
