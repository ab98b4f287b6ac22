-- The sources page counts each source's budget revisions up to a cap (issue 10). Its count for one source is
-- planned once for every source, and at national scale nearly every revision cites one dataset, so PostgreSQL
-- expects millions of rows for any source. Over (source_id, budget_line_id) it reads only the source's own
-- revisions from the index, in budget line order, to merge with the visible budget lines; over (source_id) alone
-- it scanned all revisions in line order for every source (seconds). The new index replaces the old one.
create index budget_revision_source_line_idx on budget_revision (source_id, budget_line_id);
-- [jooq ignore start]
-- (the code generator's interpreter cannot drop an index it took for a foreign key's)
drop index budget_revision_source_idx;
-- [jooq ignore stop]
