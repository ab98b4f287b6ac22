package org.regiomonitor.shared.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON to embed in a {@code <script type="application/json">} element (chart and map options; the
 * strict CSP forbids inline scripts, so data travels this way). Outside strings JSON never contains
 * {@code < > &}; inside strings they are written as unicode escapes, so a label can neither close
 * the element nor start markup, and the JSON still parses to the same value.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /** The value written by the given mapper, made safe for a script element. */
    public static String write(JsonMapper mapper, Object value) {
        return escape(mapper.writeValueAsString(value));
    }

    /** JSON text made safe for a script element. */
    public static String escape(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
