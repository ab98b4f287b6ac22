package org.regiomonitor.report.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Turns a report's HTML into a PDF that is PDF/A-2b (archivable) and PDF/UA-1 (accessible) at once: tagged structure
 * in reading order, the document's language and title from the HTML, Liberation Sans embedded (SIL Open Font
 * Licence, from the openpdf-fonts-extra jar), an sRGB output intent. Charts come as inline SVG and stay vector.
 * <p>
 * The HTML must be a whole document with {@code <html lang>} and {@code <title>}; it is parsed with jsoup (Thymeleaf
 * writes HTML5, which is not XML) and handed over as a W3C DOM.
 */
@Component
public class PdfDocuments {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_PATH = "/liberation/LiberationSans-";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The PDF of a whole HTML document. */
    public byte[] render(String html) {
        var document = new W3CDom().fromJsoup(prepared(html));
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            font(builder, "Regular", 400, FontStyle.NORMAL);
            font(builder, "Bold", 700, FontStyle.NORMAL);
            font(builder, "Italic", 400, FontStyle.ITALIC);
            font(builder, "BoldItalic", 700, FontStyle.ITALIC);
            builder.useFont(() -> stream("/liberation/LiberationMono-Regular.ttf"), "Liberation Mono", 400,
                    FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Regiomonitor");
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The HTML as the PDF needs it: the bookmarks back in the head (an HTML parser moves unknown elements into the
     * body), and links into the web application turned into their text, since a file has no site to go to; links
     * within the document and to other sites stay.
     */
    static org.jsoup.nodes.Document prepared(String html) {
        var doc = Jsoup.parse(html);
        doc.select("body style, body bookmarks").forEach(e -> doc.head().appendChild(e));
        doc.select("a[href]").forEach(a -> {
            String href = a.attr("href");
            if (!href.startsWith("#") && !href.startsWith("http://") && !href.startsWith("https://")) {
                a.unwrap();
            }
        });
        return doc;
    }

    private static void font(PdfRendererBuilder builder, String style, int weight, FontStyle fontStyle) {
        builder.useFont(() -> stream(FONT_PATH + style + ".ttf"), FONT_FAMILY, weight, fontStyle, true);
    }

    private static final java.util.Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A font file of the class path, read once, without its glyph substitutions (see {@link #withoutGsub}). */
    private static InputStream stream(String path) {
        return new java.io.ByteArrayInputStream(FONTS.computeIfAbsent(path, p -> {
            try (InputStream in = PdfDocuments.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + p);
                }
                return withoutGsub(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * The TrueType font with its GSUB table hidden (its tag renamed), so that PDFBox writes every character as its own
     * glyph: PDFBox 3 applies the Latin ligature rules by compiling regular expressions for each run of text, which
     * took half of a report's PDF time, and a ligature (fi, fl) only makes the text harder to extract and read aloud.
     * The embedded subset never holds a GSUB table anyway.
     */
    static byte[] withoutGsub(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (out[record] == 'G' && out[record + 1] == 'S' && out[record + 2] == 'U' && out[record + 3] == 'B') {
                out[record] = 'g';
                out[record + 1] = 's';
                out[record + 2] = 'u';
                out[record + 3] = 'b';
            }
        }
        return out;
    }
}
