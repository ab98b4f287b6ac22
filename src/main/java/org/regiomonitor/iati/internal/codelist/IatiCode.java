package org.regiomonitor.iati.internal.codelist;

/**
 * A code of an IATI 2.03 code list. Every code the file writes comes from an enum implementing this, so that a code
 * outside the official list cannot be written: the writer takes these enums, never strings. Each enum holds the
 * official codes of its list (all of them, or the ones the export uses where the list is long); its name is the list's.
 */
public interface IatiCode {

    /** The code as the IATI code list spells it. */
    String code();
}
