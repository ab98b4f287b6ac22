package org.regiomonitor.area;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Streaming reader of a CBS OData v4 region code list ({@code codes-RegioS.json}: {"value": [{Identifier,
 * Title, Description, DimensionGroupId, ...}]}); unknown properties are skipped.
 */
public final class CbsRegionCodes {

    private static final JsonFactory JSON = new JsonFactory();

    private CbsRegionCodes() {
    }

    /** @throws IllegalArgumentException when the document is not a code list */
    public static List<CbsRegionCode> read(InputStream in) {
        List<CbsRegionCode> codes = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("CBS code list: expected a JSON object");
            }
            boolean sawValue = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("value".equals(name) && t == JsonToken.START_ARRAY) {
                    sawValue = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        codes.add(entry(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!sawValue) {
                throw new IllegalArgumentException("CBS code list: no \"value\" array");
            }
        }
        return codes;
    }

    private static CbsRegionCode entry(JsonParser p) {
        String identifier = null;
        String title = null;
        String description = null;
        String group = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            String text = t == JsonToken.VALUE_NULL || t.isStructStart() ? null : p.getString();
            if (t.isStructStart()) {
                p.skipChildren();
            }
            switch (name) {
                case "Identifier" -> identifier = text;
                case "Title" -> title = text;
                case "Description" -> description = text;
                case "DimensionGroupId" -> group = text;
                default -> { }
            }
        }
        if (identifier == null || identifier.isBlank()) {
            throw new IllegalArgumentException("CBS code list: an entry without Identifier");
        }
        return new CbsRegionCode(identifier, title == null ? null : title.strip(), description, group);
    }
}
