package org.regiomonitor.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiomonitor.db.Tables.OBSERVATION;
import static org.regiomonitor.db.Tables.SOURCE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiomonitor.area.AreaKind;
import org.regiomonitor.monitor.internal.ImportCommand;
import org.regiomonitor.security.Role;
import org.regiomonitor.security.UserPrincipal;
import org.regiomonitor.shared.SourceKind;
import org.regiomonitor.support.IntegrationTest;
import org.regiomonitor.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import screen's preview -> import cycle (the previewed file kept server-side under a token and deleted after
 * use; "nothing to import" the second time; problems by file, row and column; rights) and the command line runner
 * (import, dry run, refusal with exit code 1), both through the same importer.
 */
@IntegrationTest
class MonitorImportScreenTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    DSLContext dsl;
    @Autowired
    ImportCommand command;

    @TempDir
    Path temp;

    String area;
    String code;
    long indicatorId;
    String sourceCode;
    final UserPrincipal analyst = TestUsers.principal(0, "analyst-screen", Role.ANALYST);

    @BeforeEach
    void setUp() {
        MonitorFixtures f = new MonitorFixtures(dsl);
        area = MonitorFixtures.unique("GMI");
        f.area(area, AreaKind.MUNICIPALITY);
        code = MonitorFixtures.unique("IMP");
        indicatorId = f.indicator(code, Aggregation.SUM, Direction.HIGHER_IS_BETTER, "inwoners", null,
                MonitorFixtures.unique("ds").toLowerCase());
        sourceCode = MonitorFixtures.unique("SRC");
        dsl.insertInto(SOURCE).set(SOURCE.CODE, sourceCode).set(SOURCE.TITLE, "Test source " + sourceCode)
                .set(SOURCE.KIND, SourceKind.DOCUMENT).execute();
    }

    private String csv(String... rows) {
        return "indicator;area;period;value;status;source\n" + String.join("\n", rows) + "\n";
    }

    private MockMultipartFile file(String content) {
        return new MockMultipartFile("file", "cijfers.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private int observations() {
        return dsl.fetchCount(OBSERVATION, OBSERVATION.INDICATOR_ID.eq(indicatorId));
    }

    @Test
    void previewThenImportThenNothingToImport() throws Exception {
        mvc.perform(get("/monitor/imports").with(user(TestUsers.principal(0, "viewer-screen", Role.VIEWER))))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/monitor/imports").with(user(analyst)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("regiomonitor-template.csv").contains("Eerdere imports");

        String content = csv(code + ";" + area + ";2023;90;;p. 1", code + ";" + area + ";2024;100;voorlopig;p. 1");
        String preview = mvc.perform(multipart("/monitor/imports/preview").file(file(content))
                        .param("format", "TEMPLATE").param("source", sourceCode).with(user(analyst)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Voorbeeld: dit zou de import doen").containsPattern("id=\"import-added\"[^>]*>2<");
        assertThat(observations()).isZero();
        Matcher token = TOKEN.matcher(preview);
        assertThat(token.find()).isTrue();

        String done = mvc.perform(post("/monitor/imports/run").param("token", token.group(1)).with(user(analyst))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Geïmporteerd als release").contains("cijfers.csv");
        assertThat(observations()).isEqualTo(2);
        // the token is used up: its file is gone
        mvc.perform(post("/monitor/imports/run").param("token", token.group(1)).with(user(analyst)).with(csrf()))
                .andExpect(status().isGone());

        String again = mvc.perform(multipart("/monitor/imports/preview").file(file(content))
                        .param("format", "TEMPLATE").param("source", sourceCode).with(user(analyst)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Niets te importeren: gelijk aan wat er staat.").doesNotContain("name=\"token\"");

        String changed = mvc.perform(multipart("/monitor/imports/preview")
                        .file(file(csv(code + ";" + area + ";2023;90;;p. 1", code + ";" + area + ";2024;101;;p. 1")))
                        .param("format", "TEMPLATE").param("source", sourceCode).with(user(analyst)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(changed).contains("import-changes").containsPattern("id=\"import-changed\"[^>]*>1<")
                .contains("101");
    }

    @Test
    void problemsAreListedWithFileRowAndColumnAndNothingIsKept() throws Exception {
        String refused = mvc.perform(multipart("/monitor/imports/preview")
                        .file(file(csv(code + ";" + area + ";2024;veel;;p. 1")))
                        .param("format", "TEMPLATE").param("source", sourceCode).with(user(analyst)).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Import geweigerd").contains("import-problems").contains("cijfers.csv")
                .contains("<td>value</td>").doesNotContain("name=\"token\"");
        assertThat(observations()).isZero();

        mvc.perform(multipart("/monitor/imports/preview").param("format", "TEMPLATE").with(user(analyst))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.execute(new DefaultApplicationArguments(args), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        last = out.toString(StandardCharsets.UTF_8);
        return code;
    }

    String last;

    @Test
    void theCommandLineImportsPreviewsAndRefusesWithItsExitCode() throws Exception {
        Path good = temp.resolve("figures.csv");
        Files.writeString(good, csv(code + ";" + area + ";2024;100;;p. 1"));
        assertThat(run("import", "--format=TEMPLATE", "--source=" + sourceCode, "--dry-run", good.toString()))
                .isZero();
        assertThat(last).contains("added 1").contains("dry run: nothing was written");
        assertThat(observations()).isZero();

        assertThat(run("import", "--format=TEMPLATE", "--source=" + sourceCode, good.toString())).isZero();
        assertThat(last).contains("imported as release");
        assertThat(observations()).isEqualTo(1);

        assertThat(run("import", "--format=TEMPLATE", "--source=" + sourceCode, good.toString())).isZero();
        assertThat(last).contains("nothing to import");

        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, csv(code + ";GM_NOWHERE;2025;5;;p. 1"));
        assertThat(run("import", "--format=TEMPLATE", "--source=" + sourceCode, bad.toString())).isEqualTo(1);
        assertThat(last).contains("problem: bad.csv, row 2").contains("REFUSED");
        assertThat(observations()).isEqualTo(1);

        assertThat(run("import", "--format=NOPE", good.toString())).isEqualTo(1);
        assertThat(last).contains("usage:");
    }
}
