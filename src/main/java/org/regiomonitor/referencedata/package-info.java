/**
 * The Twente reference dataset that ships with the product (programmes, themes, projects,
 * organisations, funders and amounts from the source documents; areas, boundaries and CBS key
 * figures from open data) and its all-or-nothing loader, the admin page that loads it on demand,
 * and the public sources page. Other features use {@link org.regiomonitor.referencedata.ReferenceData}.
 * <p>
 * Owns no tables. Its loader writes through the owners' import APIs ({@code AreaImport},
 * {@code OrganisationImport}, {@code PortfolioImport}, {@code FinanceImport}, {@code VoucherImport}, {@code ResultsImport}) inside its
 * one all-or-nothing transaction; the status and the sources page ask the owners
 * ({@link org.regiomonitor.shared.StoredRecords}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.regiomonitor.referencedata;
