package org.regiomonitor.results.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.regiomonitor.shared.Text;

/**
 * The narrative of an update is rich text from a browser editor. It is sanitised before it is stored (and
 * therefore before it is rendered): only basic formatting and http(s)/mailto links survive; scripts, event
 * handlers, styles, frames and other URL schemes are removed, so no script can be stored or rendered.
 */
public final class Narratives {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private Narratives() {
    }

    /** The sanitised HTML, or null when nothing (but white space) remains. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        String clean = POLICY.sanitize(html);
        return Text.isBlank(clean) ? null : clean;
    }
}
