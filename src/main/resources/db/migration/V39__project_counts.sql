-- Project counts kept in the same transaction as the change that moves them (issue 10), as the money totals are
-- (V29): the dashboard, the programme list and pages, the theme lists and the area map read how many projects a
-- programme, a theme or an area has, and in all, without counting 20,000 projects on every request. Triggers mark the
-- groups a change can move as dirty; before the transaction commits, portfolio.internal.ProjectCounts stores them
-- anew with the very count that reads use for a dirty group (one definition of each count).
--
-- A group is a scope and a key: PROGRAMME (programme id), THEME (theme id), AREA (area id, the areas a project names),
-- and ALL and REGION_WIDE (key 0). A group without a row has no projects: the triggers create the row when a change
-- first touches the group, and storing removes the rows whose counts are both zero.

create table project_count (
    scope           varchar not null,
    group_key       bigint  not null,
    dirty           boolean not null default true,
    -- the group's published projects (what anonymous visitors see) and all its projects
    public_projects integer not null default 0,
    all_projects    integer not null default 0,
    primary key (scope, group_key)
);

-- [jooq ignore start]
-- Marks dirty the groups the changed rows can move. TG_ARGV[0] is a query of (scope, key) pairs over the changed
-- rows, with %1$I for the transition table. The upsert row-locks the groups until commit, which serialises concurrent
-- writers of one group (the second stores after the first has committed, so neither misses the other). Ordered, so
-- that writers lock in the same order.
create function project_count_mark_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into project_count (scope, group_key) select distinct c.scope, c.group_key from ('
            || format(tg_argv[0], 'new_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into project_count (scope, group_key) select distinct c.scope, c.group_key from ('
            || format(tg_argv[0], 'old_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    -- every group of a set of projects x(id)
    groups_of_projects constant varchar := 'select ''ALL'', 0::bigint from %1$I x'
        || ' union all select ''REGION_WIDE'', 0::bigint from %1$I x'
        || ' union all select ''PROGRAMME'', pp.programme_id from %1$I x join project_programme pp on pp.project_id = x.id'
        || ' union all select ''THEME'', pt.theme_id from %1$I x join project_theme pt on pt.project_id = x.id'
        || ' union all select ''AREA'', pa.area_id from %1$I x join project_area pa on pa.project_id = x.id';
    t record;
begin
    for t in select * from (values
        ('project_programme', 'select ''PROGRAMME'', x.programme_id from %1$I x'),
        ('project_theme', 'select ''THEME'', x.theme_id from %1$I x'),
        ('project_area', 'select ''AREA'', x.area_id from %1$I x')
    ) as v(tab, query) loop
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function project_count_mark_dirty(%3$L)',
            t.tab || '_count_insert', t.tab, t.query);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function project_count_mark_dirty(%3$L)',
            t.tab || '_count_update', t.tab, t.query);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function project_count_mark_dirty(%3$L)',
            t.tab || '_count_delete', t.tab, t.query);
    end loop;
    -- A new or deleted project moves every count it is in (its memberships' own triggers mark theirs too).
    execute format('create trigger project_count_insert after insert on project referencing new table as new_rows'
        || ' for each statement execute function project_count_mark_dirty(%1$L)', groups_of_projects);
    execute format('create trigger project_count_delete after delete on project referencing old table as old_rows'
        || ' for each statement execute function project_count_mark_dirty(%1$L)', groups_of_projects);
    -- An edit moves the counts only when it publishes, withdraws or widens a project: a title edit marks nothing.
    execute format('create trigger project_count_update after update on project'
        || ' referencing old table as old_rows new table as new_rows'
        || ' for each statement execute function project_count_mark_dirty(%1$L)',
        replace(groups_of_projects, '%1$I x', '(select n.id from new_rows n join old_rows o on o.id = n.id'
            || ' where n.published is distinct from o.published or n.region_wide is distinct from o.region_wide) x'));
end $$;

-- Every group that has projects today starts dirty; the application stores dirty groups at start-up.
insert into project_count (scope, group_key)
select 'ALL', 0 union select 'REGION_WIDE', 0
union select 'PROGRAMME', programme_id from project_programme
union select 'THEME', theme_id from project_theme
union select 'AREA', area_id from project_area
on conflict do nothing;
-- [jooq ignore stop]
