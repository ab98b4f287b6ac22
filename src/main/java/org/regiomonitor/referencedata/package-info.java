/**
 * The Twente reference dataset that ships with the product (programmes, themes, projects,
 * organisations, funders and amounts from the source documents; areas, boundaries and CBS key
 * figures from open data) and its all-or-nothing loader, the admin page that loads it on demand,
 * and the public sources page. Other features use {@link org.regiomonitor.referencedata.ReferenceData}.
 * <p>
 * Owns no tables. Its loader still writes every feature's tables itself in one transaction; moving it onto
 * the owners' import APIs is the part of issue 5 (section 4) still open ({@code TableOwnershipTest} lists the
 * classes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.regiomonitor.referencedata;
