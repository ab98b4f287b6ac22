package org.regiomonitor.iati.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.regiomonitor.iati.internal.Activity.Budget;
import org.regiomonitor.iati.internal.Activity.DateEntry;
import org.regiomonitor.iati.internal.Activity.Indicator;
import org.regiomonitor.iati.internal.Activity.Link;
import org.regiomonitor.iati.internal.Activity.Location;
import org.regiomonitor.iati.internal.Activity.Participant;
import org.regiomonitor.iati.internal.Activity.Period;
import org.regiomonitor.iati.internal.Activity.Related;
import org.regiomonitor.iati.internal.Activity.Result;
import org.regiomonitor.iati.internal.Activity.Sector;
import org.regiomonitor.iati.internal.Activity.Texts;
import org.regiomonitor.iati.internal.Activity.Transaction;
import org.regiomonitor.iati.internal.Activity.Value;
import org.regiomonitor.iati.internal.codelist.Country;
import org.regiomonitor.iati.internal.codelist.Currency;
import org.regiomonitor.iati.internal.codelist.DescriptionType;
import org.regiomonitor.iati.internal.codelist.DocumentCategory;
import org.regiomonitor.iati.internal.codelist.FileFormat;
import org.regiomonitor.iati.internal.codelist.GeographicLocationClass;
import org.regiomonitor.iati.internal.codelist.IatiCode;
import org.regiomonitor.iati.internal.codelist.IndicatorVocabulary;
import org.regiomonitor.iati.internal.codelist.Language;
import org.regiomonitor.iati.internal.codelist.LocationType;

/**
 * Writes an IATI 2.03 activities file with StAX, streaming, in the element order of the schema
 * ({@code iati-activities-schema.xsd}). Codes come only from the code-list enums ({@link IatiCode}): no method here
 * takes a code as a string. Texts Dutch ({@code xml:lang="nl"} is the activities' default) with English
 * narratives where there are; money in euros with its value date.
 */
public final class ActivitiesXml {

    static final String VERSION = "2.03";
    private static final Currency CURRENCY = Currency.EUR;
    private static final Language DEFAULT_LANGUAGE = Language.NL;

    private final Writer w;

    private ActivitiesXml(Writer w) {
        this.w = w;
    }

    /**
     * Writes the file: every activity, after a comment for each activity left out (with its reason).
     *
     * @param generated when the file was made ({@code generated-datetime})
     */
    public static void write(OutputStream out, ReportingOrganisation reporter, List<Activity> activities,
            List<String> leftOut, OffsetDateTime generated) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            ActivitiesXml file = new ActivitiesXml(new Writer(xml));
            file.document(reporter, activities, leftOut, generated);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the IATI file failed", e);
        }
    }

    private void document(ReportingOrganisation reporter, List<Activity> activities, List<String> leftOut,
            OffsetDateTime generated) throws XMLStreamException {
        w.xml.writeStartDocument("UTF-8", "1.0");
        w.start("iati-activities");
        w.attribute("version", VERSION);
        w.attribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        for (String note : leftOut) {
            w.comment(note);
        }
        for (Activity a : activities) {
            activity(reporter, a);
        }
        w.end();
        w.xml.writeCharacters("\n");
        w.xml.writeEndDocument();
    }

    private void activity(ReportingOrganisation reporter, Activity a) throws XMLStreamException {
        w.start("iati-activity");
        w.lang(DEFAULT_LANGUAGE);
        w.code("default-currency", CURRENCY);
        w.attribute("hierarchy", Integer.toString(a.hierarchy()));
        for (String note : a.notes()) {
            w.comment(note);
        }
        w.element("iati-identifier", a.identifier());
        w.start("reporting-org");
        w.attribute("ref", reporter.ref());
        w.code("type", reporter.type());
        w.narrative(reporter.name(), null);
        w.end();
        w.texts("title", a.title());
        w.start("description");
        w.code("type", DescriptionType.GENERAL);
        w.narratives(a.description());
        w.end();
        for (Participant p : a.participants()) {
            w.start("participating-org");
            w.code("role", p.role());
            if (p.type() != null) {
                w.code("type", p.type());
            }
            w.narrative(p.name(), null);
            w.end();
        }
        w.empty("activity-status");
        w.code("code", a.status());
        for (DateEntry d : a.dates()) {
            if (d.note() == null) {
                w.empty("activity-date");
            } else {
                w.start("activity-date");
            }
            w.code("type", d.type());
            w.date("iso-date", d.date());
            if (d.note() != null) {
                w.narratives(d.note());
                w.end();
            }
        }
        w.empty("recipient-country");
        w.code("code", Country.NL);
        w.attribute("percentage", "100");
        for (Location l : a.locations()) {
            location(l);
        }
        for (Sector s : a.sectors()) {
            w.start("sector");
            w.code("vocabulary", s.vocabulary());
            w.attribute("code", s.code());
            w.attribute("percentage", plain(s.percentage()));
            w.narratives(s.name());
            w.end();
        }
        for (Budget b : a.budgets()) {
            w.start("budget");
            w.code("type", b.type());
            w.code("status", b.status());
            w.empty("period-start");
            w.date("iso-date", b.start());
            w.empty("period-end");
            w.date("iso-date", b.end());
            money(b.value(), b.start());
            w.end();
        }
        for (Transaction t : a.transactions()) {
            transaction(t);
        }
        for (Link l : a.links()) {
            w.start("document-link");
            w.attribute("url", l.url());
            w.code("format", FileFormat.TEXT_HTML);
            w.texts("title", l.title());
            w.empty("category");
            w.code("code", DocumentCategory.ACTIVITY_WEB_PAGE);
            w.end();
        }
        for (Related r : a.related()) {
            w.empty("related-activity");
            w.attribute("ref", r.ref());
            w.code("type", r.type());
        }
        for (Result r : a.results()) {
            result(r);
        }
        w.end();
    }

    private void location(Location l) throws XMLStreamException {
        w.start("location");
        w.attribute("ref", l.ref());
        w.texts("name", l.name());
        if (l.description() != null) {
            w.texts("description", l.description());
        }
        if (l.municipality()) {
            w.empty("location-class");
            w.code("code", GeographicLocationClass.ADMINISTRATIVE_REGION);
            w.empty("feature-designation");
            w.code("code", LocationType.ADM2);
        }
        w.end();
    }

    private void transaction(Transaction t) throws XMLStreamException {
        w.start("transaction");
        w.empty("transaction-type");
        w.code("code", t.type());
        w.empty("transaction-date");
        w.date("iso-date", t.date());
        money(t.value(), t.date());
        w.texts("description", t.description());
        w.start("provider-org");
        if (t.providerType() != null) {
            w.code("type", t.providerType());
        }
        w.narrative(t.providerName(), null);
        w.end();
        w.end();
    }

    private void money(BigDecimal value, LocalDate valueDate) throws XMLStreamException {
        w.start("value");
        w.code("currency", CURRENCY);
        w.date("value-date", valueDate);
        w.text(plain(value));
        w.end();
    }

    private void result(Result r) throws XMLStreamException {
        w.start("result");
        w.code("type", r.type());
        w.texts("title", r.title());
        if (r.description() != null) {
            w.texts("description", r.description());
        }
        for (Indicator i : r.indicators()) {
            w.start("indicator");
            w.code("measure", i.measure());
            w.attribute("ascending", i.ascending() ? "1" : "0");
            w.texts("title", i.title());
            if (i.description() != null) {
                w.texts("description", i.description());
            }
            if (i.reference() != null) {
                w.empty("reference");
                w.code("vocabulary", IndicatorVocabulary.REPORTING_ORGANISATION);
                w.attribute("code", i.reference());
            }
            if (i.baseline() != null) {
                var b = i.baseline();
                w.start("baseline");
                w.attribute("year", Integer.toString(b.year()));
                if (b.date() != null) {
                    w.date("iso-date", b.date());
                }
                if (b.value() != null) {
                    w.attribute("value", b.value());
                }
                if (b.comment() != null) {
                    w.texts("comment", b.comment());
                }
                w.end();
            }
            for (Period p : i.periods()) {
                w.start("period");
                w.empty("period-start");
                w.date("iso-date", p.start());
                w.empty("period-end");
                w.date("iso-date", p.end());
                for (Value v : p.targets()) {
                    value("target", v);
                }
                for (Value v : p.actuals()) {
                    value("actual", v);
                }
                w.end();
            }
            w.end();
        }
        w.end();
    }

    private void value(String element, Value v) throws XMLStreamException {
        w.start(element);
        if (v.value() != null) {
            w.attribute("value", v.value());
        }
        if (v.location() != null) {
            w.empty("location");
            w.attribute("ref", v.location());
        }
        if (v.dimension() != null) {
            w.empty("dimension");
            w.attribute("name", v.dimension().name());
            w.attribute("value", v.dimension().value());
        }
        if (v.comment() != null) {
            w.texts("comment", v.comment());
        }
        w.end();
    }

    /** A decimal as IATI wants it: plain, point, no grouping, no trailing zeros ("1500", "12.5"). */
    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /**
     * StAX with indentation (elements only; texts stay as they are) and text cleaned of what XML 1.0 cannot hold.
     * The one place attributes and codes are written.
     */
    private static final class Writer {

        private final XMLStreamWriter xml;
        private int depth;
        /** Whether the open element has child elements (then its end tag goes on a line of its own). */
        private final ArrayDeque<Boolean> hasChildren = new ArrayDeque<>();

        Writer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void start(String name) throws XMLStreamException {
            open();
            xml.writeStartElement(name);
            depth++;
            hasChildren.push(false);
        }

        void empty(String name) throws XMLStreamException {
            open();
            xml.writeEmptyElement(name);
        }

        /** Before a start tag: a line break and indentation; marks the parent as having children. */
        private void open() throws XMLStreamException {
            if (!hasChildren.isEmpty()) {
                hasChildren.pop();
                hasChildren.push(true);
            }
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        void end() throws XMLStreamException {
            depth--;
            if (hasChildren.pop()) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
        }

        void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, clean(value));
        }

        void code(String attribute, IatiCode code) throws XMLStreamException {
            xml.writeAttribute(attribute, code.code());
        }

        void date(String attribute, LocalDate date) throws XMLStreamException {
            xml.writeAttribute(attribute, date.toString());
        }

        void lang(Language language) throws XMLStreamException {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language.code());
        }

        void text(String text) throws XMLStreamException {
            xml.writeCharacters(clean(text));
        }

        void element(String name, String text) throws XMLStreamException {
            start(name);
            text(text);
            end();
        }

        /** An element holding the narratives of a text. */
        void texts(String name, Texts texts) throws XMLStreamException {
            start(name);
            narratives(texts);
            end();
        }

        void narratives(Texts texts) throws XMLStreamException {
            narrative(texts.nl(), null);
            if (texts.en() != null) {
                narrative(texts.en(), Language.EN);
            }
        }

        /** A narrative, in the activity's language unless {@code language} says otherwise. */
        void narrative(String text, Language language) throws XMLStreamException {
            start("narrative");
            if (language != null) {
                lang(language);
            }
            text(text);
            end();
        }

        /** An XML comment, made safe: no "--" inside, no trailing "-". */
        void comment(String text) throws XMLStreamException {
            open();
            String safe = clean(text).replace("--", "- -");
            xml.writeComment(" " + (safe.endsWith("-") ? safe + " " : safe) + " ");
        }

        /** Drops what XML 1.0 cannot contain (control characters, lone surrogates, U+FFFE/FFFF). */
        static String clean(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(++i));
                } else if (ok) {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
