package org.regiomonitor.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.regiomonitor.shared.Formats;
import org.regiomonitor.shared.web.ListLinks;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Writes a report as a whole HTML document (the web version and the PDF's source) and as PDF.
 * <p>
 * The document names its content checksum: the SHA-256 of the document as rendered with placeholders for the
 * checksum and the generation time, so two reports made from the same data show the same checksum, and any figure or
 * text that differs changes it.
 */
@Component
public class ReportDocuments {

    static final String TEMPLATE = "report/document";
    private static final String CHECKSUM_MARK = "\u2063checksum\u2063";
    private static final String GENERATED_MARK = "\u2063generated\u2063";

    /** A rendered report: the HTML, when it was made, and the checksum of its content. */
    public record Rendered(String html, Instant generatedAt, String contentChecksum) {
    }

    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private final ConversionService conversion;
    private final PdfDocuments pdf;
    private final Formats formats;
    private final String css;

    ReportDocuments(SpringTemplateEngine engine, ApplicationContext context, ConversionService mvcConversionService,
            PdfDocuments pdf, Formats formats) {
        this.engine = engine;
        this.formats = formats;
        this.context = context;
        this.conversion = mvcConversionService;
        this.pdf = pdf;
        this.css = resource("/static/css/report.css");
    }

    /** The report's document in the language; the formats ({@code @fmt}) follow it too. */
    public Rendered html(ProgressReport report, Locale locale, Instant generatedAt) {
        Map<String, Object> variables = new java.util.HashMap<>();
        if (report.council() != null) {
            variables.putAll(report.council().reaches()); // the municipality page's fragment reads its own names
            variables.put("inReport", true); // no "log in to see more" in a document
        }
        variables.put("report", report);
        return html(TEMPLATE, variables, locale, generatedAt);
    }

    /**
     * A programme's impact overview (one page per project); {@code links} leads to the other pages of the web
     * version, null for the whole document.
     */
    public Rendered html(ImpactOverview overview, ListLinks links, Locale locale, Instant generatedAt) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("overview", overview);
        variables.put("links", links);
        return html("report/impact", variables, locale, generatedAt);
    }

    private Rendered html(String template, Map<String, Object> variables, Locale locale, Instant generatedAt) {
        return Locales.with(locale, () -> {
            Context ctx = new Context(locale);
            ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(context, conversion));
            ctx.setVariables(variables);
            ctx.setVariables(Map.of("css", css, "checksum", CHECKSUM_MARK, "generatedAt", GENERATED_MARK));
            String marked = engine.process(template, ctx);
            String checksum = sha256(marked.getBytes(StandardCharsets.UTF_8));
            return new Rendered(marked.replace(CHECKSUM_MARK, checksum)
                    .replace(GENERATED_MARK, formats.dateTime(generatedAt)), generatedAt, checksum);
        });
    }

    public byte[] pdf(Rendered rendered) {
        return pdf.render(rendered.html());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ReportDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
