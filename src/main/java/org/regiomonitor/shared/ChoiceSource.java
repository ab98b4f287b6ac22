package org.regiomonitor.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * A kind of record that forms let people choose by searching instead of listing every one (projects,
 * organisations: thousands at national scale). The feature that owns the records implements it; the searched
 * choice of the form library ({@code fragments/form :: choice}, {@code shared.web.SearchedChoices}) asks it.
 */
public interface ChoiceSource {

    /** A record as a choice: its id, its name and, where it helps to tell equal names apart, a detail. */
    record Choice(long id, String label, String detail) {
    }

    /** The kind in addresses and templates: {@code projects}, {@code organisations}. */
    String kind();

    /**
     * At most {@code limit} records that contain every word of {@code text} in their name (all for a blank text),
     * by name; only those the caller may choose. {@code scope} holds the form's narrowing (e.g. a programme id),
     * as request parameters.
     */
    List<Choice> search(String text, Map<String, String> scope, Authentication auth, int limit);

    /** The chosen records among {@code ids} that exist and the caller may see, with their names. */
    List<Choice> labels(Collection<Long> ids, Authentication auth);
}
