-- The stored sources of the money totals (V29, V37) bounded by the source documents, not the places cited in them
-- (issue 10): a scope of 20,000 lines each citing its own row of one dataset held 20,000 rows, all read on every page.
-- Now, per group, view, funder category and document: its first places only (MoneySources.PLACES_KEPT, by code point,
-- the document without a place last), each row with the number of the group's lines of the category that cite the
-- document. FinanceQueries.sourceRows computes them, for the stored groups and on request alike.
--
-- The old rows cannot be cut down here (the line counts are not in them): they are removed and every group is marked
-- dirty, so that the application stores them all anew at start-up, as after V29 and V37.
delete from finance_total_source;
alter table finance_total_source add column citations integer not null;
update finance_total_state set dirty = true;
