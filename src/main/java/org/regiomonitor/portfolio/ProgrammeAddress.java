package org.regiomonitor.portfolio;

import java.util.regex.Pattern;

/**
 * How an address names a programme: by its code ({@code /programmes/AVT-2023}), stable and readable, or, in
 * older links, by its id ({@code /programmes/7}). Both serve the same page (a redirect would lose the
 * message a form leaves for the next page); the site links to the code ({@link #path()}). Codes are never all digits ({@link #CODE_PATTERN}), so the two
 * cannot be mistaken for each other.
 */
public record ProgrammeAddress(long id, String code) {

    /**
     * What a programme code, and a theme code ({@code /programmes/NPVR/themes/TALENT}), may be: letters, digits, dot,
     * hyphen and underscore, with at least one letter (so it is neither an id nor a path like "..") and not "new"
     * (the address of a form). Empty passes: required is another rule.
     */
    public static final String CODE_PATTERN = "((?!new$)[A-Za-z0-9._-]*[A-Za-z][A-Za-z0-9._-]*)?";

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** The programme page; sub-pages append to it ("/finance"). */
    public String path() {
        return "/programmes/" + code;
    }

    /** The id an address names, when it is one (digits only); null for a code. */
    static Long idIn(String key) {
        return key != null && ID.matcher(key).matches() ? Long.valueOf(key) : null;
    }
}
