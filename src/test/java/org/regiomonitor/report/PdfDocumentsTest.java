package org.regiomonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regiomonitor.report.internal.PdfDocuments;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A document with headings, a table, a list and an SVG chart is PDF/A-2b and PDF/UA-1 at once. */
class PdfDocumentsTest {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Voortgangsrapportage proef</title>
            <style>body { font-family: 'Liberation Sans'; } table { border-collapse: collapse; }</style></head>
            <body><h1>Voortgang</h1><p>Coöperatie €&#160;1.250.000 – “citaat”.</p>
            <h2>Financiën</h2>
            <table><caption>Geld per financier</caption><thead><tr><th scope="col">Financier</th><th scope="col">Begroot</th></tr></thead>
            <tbody><tr><th scope="row">Rijk</th><td>€ 30.000.000</td></tr></tbody></table>
            <ul><li>een</li><li>twee</li></ul>
            <figure><svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" alt="Staafdiagram: Rijk 30 mln">
            <rect x="10" y="10" width="120" height="30" fill="#1f5f8b"/></svg><figcaption>Begroot per financier</figcaption></figure>
            </body></html>
            """;

    @Test
    void conformsToPdfAAndPdfUa() throws Exception {
        byte[] pdf = new PdfDocuments().render(HTML);
        Files.write(Path.of("target/pdf-documents-test.pdf"), pdf);
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
