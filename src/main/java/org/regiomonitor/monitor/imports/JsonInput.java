package org.regiomonitor.monitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * The one way the OData reader walks a JSON file: Jackson's streaming parser, one object at a time, so that a page
 * of observations never sits in memory. Objects come out as their scalar properties (String, BigDecimal, Boolean,
 * {@link #NULL}; nested values as {@link #NESTED}). Malformed JSON (truncated, wrong tokens) becomes a problem that
 * names the row being read, the property and the line and column in the file, and ends the file.
 */
final class JsonInput {

    /** A JSON null. */
    static final Object NULL = new Object();
    /** An object or array where a scalar was expected. */
    static final Object NESTED = new Object();

    private static final JsonFactory JSON = new JsonFactory();

    @FunctionalInterface
    interface ObjectHandler {
        void object(long row, Map<String, Object> properties);
    }

    private JsonInput() {
    }

    /** The top-level scalar properties of a file that is one object ({@code properties.json}); null when refused. */
    static Map<String, Object> object(ImportFiles files, String file, ImportProblems problems) throws IOException {
        try (InputStream in = files.open(file); JsonParser p = JSON.createParser(ObjectReadContext.empty(), utf8(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(Locator.file(file), "json.shape", "The file is not a JSON object", file);
                return null;
            }
            return properties(p);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            malformed(Locator.file(file), e, problems);
            return null;
        }
    }

    /**
     * Each object of the file's {@code value} array (the OData v4 envelope), numbered from 1; false when the file
     * was refused (malformed, no value array).
     */
    static boolean values(ImportFiles files, String file, ImportProblems problems, ObjectHandler handler)
            throws IOException {
        long row = 0;
        try (InputStream in = files.open(file); JsonParser p = JSON.createParser(ObjectReadContext.empty(), utf8(in))) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    problems.add(Locator.file(file), "json.shape",
                            "The file is not a JSON object with a value array", file);
                    return false;
                }
                boolean found = false;
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!"value".equals(name) || value != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    found = true;
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        row++;
                        if (e != JsonToken.START_OBJECT) {
                            problems.add(new Locator(file, row, null), "json.shape", "Row " + row
                                    + " of the value array is not an object", String.valueOf(row));
                            p.skipChildren();
                            continue;
                        }
                        handler.object(row, properties(p));
                    }
                }
                if (!found) {
                    problems.add(Locator.file(file), "json.shape", "The file has no value array", file);
                    return false;
                }
                return true;
            } catch (JacksonIOException e) {
                throw e;
            } catch (JacksonException e) {
                // the row being read and the property the parser stopped in: where the file breaks off
                String property = p.currentName();
                malformed(new Locator(file, row == 0 ? 1 : row, property), e, problems);
                return false;
            }
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** The scalar properties of the object the parser is at (its START_OBJECT read), up to its end. */
    private static Map<String, Object> properties(JsonParser p) {
        Map<String, Object> properties = new HashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            properties.put(name, switch (value) {
                case VALUE_STRING -> p.getString();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decimal(p);
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> NULL;
                default -> {
                    p.skipChildren();
                    yield NESTED;
                }
            });
        }
        return properties;
    }

    /** A number that no BigDecimal holds (1e999999999, found by the fuzzer) as {@link OutOfRange}, never thrown. */
    private static Object decimal(JsonParser p) {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException | JacksonException e) {
            String text = p.getText();
            return new OutOfRange(text == null ? "?" : text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
    }

    /** A JSON number too large or too precise to read. */
    record OutOfRange(String text) {
    }

    private static void malformed(Locator at, JacksonException e, ImportProblems problems) {
        TokenStreamLocation where = e.getLocation();
        String position = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        String reason = e.getOriginalMessage();
        problems.add(at, "json.malformed",
                "The JSON cannot be read from here on" + position + ": " + reason, String.valueOf(reason));
    }

    /**
     * OData JSON is UTF-8 (RFC 8259); decoding it here, with malformed bytes replaced, keeps Jackson from guessing
     * UTF-16 or UTF-32 from the first bytes and failing on them as if the disk had.
     */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A property as a string, or null when absent, null or not a string. */
    static String string(Map<String, Object> properties, String name) {
        return properties.get(name) instanceof String s ? s : null;
    }
}
