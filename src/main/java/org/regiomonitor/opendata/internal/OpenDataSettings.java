package org.regiomonitor.opendata.internal;

import java.net.URI;
import org.regiomonitor.shared.Text;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The open-data settings ({@code regiomonitor.open-data.*}). The licence defaults to CC BY 4.0; the publisher and the
 * contact address are what the region states, never guessed: unset, the page and the catalogue leave them out.
 *
 * @param licence      the licence of every download and of the catalogue
 * @param publisher    the name of the publishing organisation ({@code dct:publisher}), e.g. "Twente Board"
 * @param contactEmail an address for questions about the data ({@code dcat:contactPoint})
 */
@ConfigurationProperties("regiomonitor.open-data")
public record OpenDataSettings(@DefaultValue Licence licence, String publisher, String contactEmail) {

    /** A licence by its name and the address of its text. */
    public record Licence(@DefaultValue("CC BY 4.0") String name,
            @DefaultValue("https://creativecommons.org/licenses/by/4.0/") String url) {

        public Licence {
            if (Text.isBlank(name) || Text.isBlank(url)) {
                throw new IllegalArgumentException("regiomonitor.open-data.licence.name and .url must not be empty");
            }
            name = Text.strip(name);
            url = Text.strip(url);
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(
                        "regiomonitor.open-data.licence.url must be an absolute http(s) URL, e.g. "
                                + "https://creativecommons.org/licenses/by/4.0/");
            }
        }
    }

    public OpenDataSettings {
        publisher = Text.blankToNull(publisher);
        contactEmail = Text.blankToNull(contactEmail);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("regiomonitor.open-data.contact-email is not an e-mail address");
        }
    }
}
