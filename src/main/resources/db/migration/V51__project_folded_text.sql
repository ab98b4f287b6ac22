-- The project list's text filter at national scale (issue 10): "contains" is answered from the trigram indexes on
-- the folded title and summary, but those indexes are lossy, so PostgreSQL folds the title and summary of every row
-- they find again to check it: counting the 4,000 projects with "talent" cost some 45 ms, nearly all of it in
-- search_fold (unaccent). The folded texts are now stored (generated columns: the database keeps them with every
-- write) and the trigram indexes are over them (same names), so the check compares stored text: some 8 ms.
-- shared.FullText reads a column's stored fold where its table has one.
-- [jooq ignore start]
alter table project add column title_fold varchar generated always as (search_fold(title)) stored,
    add column summary_fold varchar generated always as (search_fold(summary)) stored;

drop index project_title_trgm_idx;
drop index project_summary_trgm_idx;
create index project_title_trgm_idx on project using gin (title_fold gin_trgm_ops) with (fastupdate = off);
create index project_summary_trgm_idx on project using gin (summary_fold gin_trgm_ops) with (fastupdate = off);

-- Derived from audited columns: the audit trail leaves them out, like the search vector (V45).
drop trigger audit_change on project;
create trigger audit_change after insert or update or delete on project
    for each row execute function audit_row_change('project', 'id', 'search_vector', 'title_fold', 'summary_fold');

-- statistics of the new columns at once, so that the planner does not guess at them until the next auto-analyze
analyze project;
-- [jooq ignore stop]
