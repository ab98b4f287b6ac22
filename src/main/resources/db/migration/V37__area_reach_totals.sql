-- The money of the projects that reach an area (issue 10): an area page shows the budget lines of the projects that
-- name the area or an area within it today (and, on the home region's page, the region-wide projects), each project
-- once. Stored as the money totals of V29 (finance_total_state, scope AREA_REACH), in groups whose size is bounded
-- by one named area's projects, however large the area: a project belongs, for each area A that contains (or is) an
-- area it names, to the group "A:m", m the smallest code among the areas it names within A today, with ":W" added
-- when the project is region-wide; and every region-wide project to the group "W". So each project is in exactly one
-- group per area: the area's page adds up the groups "A:..." (the home region's: those without ":W", and "W"), a
-- number bounded by the areas within A. The groups are computed by PortfolioSql.projectReach.
--
-- Which groups a project can be in depends on today's memberships; the triggers mark, over-approximately, every group
-- "A:a" and "A:a:W" for each area a the project names and each area A that has ever contained a (memberships of any
-- validity), so every group a project can ever be in has a state row. A state row keeps the day it was stored: once
-- a membership begins or ends after that day, the stored groups are not used (FinanceTotals computes on request) until
-- the next writing transaction stores them anew. Area codes never change (the editor and the imports keep them).
alter table finance_total_state add column stored_on date;

-- [jooq ignore start]
-- The AREA_REACH groups the projects (their areas today) and the areas (themselves) can be in, as above.
create function finance_reach_keys(project_ids bigint[], area_ids bigint[])
    returns table (scope varchar, group_key varchar) language sql stable as $$
    with recursive named(area_id) as (
        select pa.area_id from project_area pa where pa.project_id in (select unnest(project_ids))
        union select unnest(area_ids)
    ), up(area_id, ancestor_id) as (
        select area_id, area_id from named
        union
        select up.area_id, m.parent_id from up join area_membership m on m.member_id = up.ancestor_id
    )
    select 'AREA_REACH'::varchar, (anc.code || ':' || a.code || w.suffix)::varchar
    from up join area a on a.id = up.area_id join area anc on anc.id = up.ancestor_id
    cross join (values (''), (':W')) w(suffix)
    union all
    select 'AREA_REACH', 'W'
    where exists (select 1 from project p where p.region_wide and p.id in (select unnest(project_ids)))
$$;

do $$
declare
    t record;
begin
    for t in select * from (values
        ('budget_line', 'select * from finance_reach_keys(array(select project_id from %1$I'
            || ' where project_id is not null), null)'),
        ('budget_revision', 'select * from finance_reach_keys(array(select l.project_id from %1$I x'
            || ' join budget_line l on l.id = x.budget_line_id where l.project_id is not null), null)'),
        ('funder', 'select * from finance_reach_keys(array(select l.project_id from %1$I x'
            || ' join budget_line l on l.funder_id = x.id where l.project_id is not null), null)'),
        -- publication and region-wide decide the groups (the old rows give the old flag)
        ('project', 'select * from finance_reach_keys(array(select id from %1$I), null)'
            || ' union all select ''AREA_REACH'', ''W'' from %1$I x where x.region_wide'),
        -- the old rows' areas: the groups the project leaves
        ('project_area', 'select * from finance_reach_keys(array(select project_id from %1$I),'
            || ' array(select area_id from %1$I))'),
        -- a membership moves which groups every project below it is in: all of them anew (areas rarely change)
        ('area_membership', 'select * from finance_reach_keys(array(select project_id from project_area), null)'
            || ' union all select s.scope, s.group_key from finance_total_state s where s.scope = ''AREA_REACH'''
            || ' and exists (select 1 from %1$I)')
    ) as v(tab, query) loop
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_reach_insert', t.tab, t.query);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_reach_update', t.tab, t.query);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function finance_mark_dirty(%3$L)',
            t.tab || '_reach_delete', t.tab, t.query);
    end loop;
end $$;

-- An area's page reads the groups whose keys start with its code (PortfolioSql.reachOf).
create index finance_total_source_prefix_idx on finance_total_source (scope, public, group_key varchar_pattern_ops)
    include (category_code, source_id, source_locator);
create index finance_total_state_prefix_idx on finance_total_state (scope, group_key varchar_pattern_ops);

-- Every group the projects can be in starts dirty; the application stores dirty groups at start-up.
insert into finance_total_state (scope, group_key)
select distinct k.scope, k.group_key from finance_reach_keys(array(select distinct project_id from project_area), null) k
union
select 'AREA_REACH', 'W' where exists (select 1 from project where region_wide)
on conflict do nothing;
-- [jooq ignore stop]
