-- Text search at national scale (issue 10): every text filter and the site search are answered from indexes, and
-- ignore case and accents ("cooperatie" finds "Coöperatie"). One way for all of them: shared.FullText.
-- pg_trgm and unaccent ship with PostgreSQL and are trusted extensions: a database owner may create them.
-- [jooq ignore start]
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- The text as filters compare it: lower case, without accents. unaccent() itself is only stable (its dictionary
-- could be changed), so an index cannot use it; this wrapper names the dictionary as a constant, bound when the
-- function is created (SQL-standard body), which makes it safe to declare immutable.
create function search_fold(text) returns text
    language sql immutable strict parallel safe
return lower(unaccent('unaccent'::regdictionary, $1));

-- Dutch full text without accents: "belgie" finds "België", stemmed as before.
create text search configuration dutch_unaccent (copy = dutch);
alter text search configuration dutch_unaccent
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

-- All indexes here without GIN's pending list (fastupdate): rows are written at human pace, and a pending list of
-- new rows makes every search read it until vacuum merges it, so that the planner even prefers reading the table.

-- Full-text indexes of the site search, now over the accent-free configuration (the expression FullText uses).
drop index project_search_idx;
drop index organisation_search_idx;
create index project_search_idx on project
    using gin (to_tsvector('dutch_unaccent', title || ' ' || coalesce(summary, ''))) with (fastupdate = off);
create index organisation_search_idx on organisation
    using gin (to_tsvector('dutch_unaccent', name || ' ' || coalesce(description, ''))) with (fastupdate = off);

-- Trigram indexes for "contains" (LIKE '%word%') on the folded text, one per searched column: the project,
-- organisation and funder filters, and the site search's match inside names.
create index project_title_trgm_idx on project
    using gin (search_fold(title) gin_trgm_ops) with (fastupdate = off);
create index project_summary_trgm_idx on project
    using gin (search_fold(summary) gin_trgm_ops) with (fastupdate = off);
create index organisation_name_trgm_idx on organisation
    using gin (search_fold(name) gin_trgm_ops) with (fastupdate = off);
create index organisation_description_trgm_idx on organisation
    using gin (search_fold(description) gin_trgm_ops) with (fastupdate = off);
create index programme_name_trgm_idx on programme
    using gin (search_fold(name) gin_trgm_ops) with (fastupdate = off);
create index theme_name_trgm_idx on theme
    using gin (search_fold(name) gin_trgm_ops) with (fastupdate = off);
create index area_name_trgm_idx on area
    using gin (search_fold(name) gin_trgm_ops) with (fastupdate = off);
create index funder_name_trgm_idx on funder
    using gin (search_fold(name) gin_trgm_ops) with (fastupdate = off);
-- [jooq ignore stop]
