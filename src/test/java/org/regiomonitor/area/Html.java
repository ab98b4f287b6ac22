package org.regiomonitor.area;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for page tests (no HTML parser on the test class path): the element that carries
 * a given attribute snippet, its text and attributes.
 */
final class Html {

    private final String source;

    private Html(String source) {
        this.source = source;
    }

    static Html of(String html) {
        return new Html(html);
    }

    /** The first element whose start tag contains the snippet, e.g. {@code id="members-table"}; empty if none. */
    Html element(String attributeSnippet) {
        int at = source.indexOf(attributeSnippet);
        if (at < 0) {
            return new Html("");
        }
        int start = source.lastIndexOf('<', at);
        Matcher name = Pattern.compile("<([a-zA-Z0-9]+)").matcher(source);
        if (!name.find(start)) {
            return new Html("");
        }
        String tag = name.group(1);
        Pattern tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>");
        Matcher m = tags.matcher(source);
        int depth = 0;
        int from = start;
        while (m.find(from)) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            from = m.end();
            if (depth == 0) {
                return new Html(source.substring(start, m.end()));
            }
        }
        return new Html(source.substring(start));
    }

    Html byId(String id) {
        return element("id=\"" + id + "\"");
    }

    boolean exists() {
        return !source.isEmpty();
    }

    /** An attribute of this element's start tag, or null. */
    String attr(String name) {
        int end = source.indexOf('>');
        if (end < 0) {
            return null;
        }
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(source.substring(0, end));
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** The text without tags, entities decoded, whitespace collapsed. */
    String text() {
        return unescape(source.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The raw inner HTML/text (e.g. of a JSON script block). */
    String raw() {
        return source;
    }

    int count(String snippet) {
        int n = 0;
        for (int i = source.indexOf(snippet); i >= 0; i = source.indexOf(snippet, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
