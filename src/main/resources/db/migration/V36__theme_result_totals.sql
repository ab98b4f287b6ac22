-- The result totals of every theme (issue 10: the theme page's results section and the theme roll-ups of the API were
-- computed from all updates on each request), kept in the same transaction as the change that moves them, per theme
-- and catalogue code, as the region's are (V34): triggers mark the (theme, code) pairs a change can move as dirty;
-- before the transaction commits, ThemeTotals recomputes each dirty pair with the roll-up engine (RollUps, the theme's
-- scope narrowed to the code) over the periods of the theme's programme and all periods together, and stores it here.
-- Reads use the stored rows only while no code of the theme is dirty; otherwise they compute on request.
--
-- The programme totals (V21) are marked and stored per (programme, code) from now on too, so an approval recomputes
-- the code it moves in its programmes, not every code of every programme of its project.
--
-- Every stored figure also keeps the dates its counted values span (first_start, last_end): a window of dates that
-- holds them counts the very values of all periods (RollUps.holdsAll), so /api/roll-ups over such a window reads the
-- stored totals over all periods of the region or the programme (stored here too, period_id null) instead of adding
-- up every update.

create table theme_result_state (
    theme_id  bigint  not null references theme (id) on delete cascade,
    group_key varchar not null,
    dirty     boolean not null default true,
    primary key (theme_id, group_key)
);

-- RollUps.figures of the theme over its programme's periods and over all periods (period_id null), both views.
create table theme_result_total (
    theme_id    bigint  not null references theme (id) on delete cascade,
    public      boolean not null,
    period_id   bigint references reporting_period (id) on delete cascade,
    group_key   varchar not null,
    aggregation varchar not null,
    value       numeric(38, 6),
    numerator   numeric(38, 6),
    denominator numeric(38, 6),
    qualifier   varchar not null,
    indicators  integer not null,
    projects    integer not null,
    flagged     integer not null,
    first_start date,
    last_end    date not null
);
create index theme_result_total_idx on theme_result_total (theme_id, public, group_key);
create index theme_result_total_period_idx on theme_result_total (period_id);

-- RollUps.byMunicipality of the theme over its programme's periods (area null: not attributed).
create table theme_result_area_total (
    theme_id  bigint  not null references theme (id) on delete cascade,
    public    boolean not null,
    period_id bigint references reporting_period (id) on delete cascade,
    group_key varchar not null,
    area_id   bigint,
    area_code varchar,
    value     numeric(38, 6),
    qualifier varchar not null
);
create index theme_result_area_total_idx on theme_result_area_total (theme_id, public, group_key);
create index theme_result_area_total_period_idx on theme_result_area_total (period_id);

-- RollUps.contributors of the theme over all periods (the sources its section cites), in their order.
create table theme_result_source (
    theme_id      bigint  not null references theme (id) on delete cascade,
    public        boolean not null,
    group_key     varchar not null,
    position      integer not null,
    project_id    bigint  not null references project (id) on delete cascade,
    project_title varchar not null
);
create index theme_result_source_idx on theme_result_source (theme_id, public, group_key, position);
create index theme_result_source_project_idx on theme_result_source (project_id);

-- The programme's state per code: clean while no code of the programme is dirty.
drop table programme_result_state;
create table programme_result_state (
    programme_id bigint  not null references programme (id) on delete cascade,
    group_key    varchar not null,
    dirty        boolean not null default true,
    primary key (programme_id, group_key)
);

-- The programme's totals over all periods too (period_id null), for /api/roll-ups over a window that holds them.
alter table programme_result_total alter column period_id drop not null;
alter table programme_result_area_total alter column period_id drop not null;
alter table programme_result_total add column first_start date;
alter table programme_result_total add column last_end date;
alter table region_result_total add column first_start date;
alter table region_result_total add column last_end date;

-- [jooq ignore start]
alter table theme_result_total alter column value type numeric, alter column numerator type numeric,
    alter column denominator type numeric;
alter table theme_result_area_total alter column value type numeric;

-- The stored programme and region totals lack their dates and the programme's all-periods rows: stored anew, every
-- (programme, code) in use dirty.
delete from programme_result_total;
delete from programme_result_area_total;
delete from programme_result_source;
insert into programme_result_state (programme_id, group_key)
select distinct pp.programme_id, lower(ci.code) from project_programme pp join result r on r.project_id = pp.project_id
    join indicator i on i.result_id = r.id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id;
update region_result_state set dirty = true;

-- Marks dirty the (programme, code) pairs that the changed rows can move; TG_ARGV[0] as in V21, now a query of
-- (programme id, lower-case code). The upsert row-locks the state rows until commit, which serialises concurrent
-- writers of one code of a programme (see V21).
create or replace function results_mark_programmes_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into programme_result_state (programme_id, group_key) select distinct c.programme_id, c.code'
            || ' from (' || format(tg_argv[0], 'new_rows') || ') c(programme_id, code) where c.code is not null'
            || ' and exists (select 1 from programme p where p.id = c.programme_id)'
            || ' order by c.programme_id, c.code on conflict (programme_id, group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into programme_result_state (programme_id, group_key) select distinct c.programme_id, c.code'
            || ' from (' || format(tg_argv[0], 'old_rows') || ') c(programme_id, code) where c.code is not null'
            || ' and exists (select 1 from programme p where p.id = c.programme_id)'
            || ' order by c.programme_id, c.code on conflict (programme_id, group_key) do update set dirty = true';
    end if;
    return null;
end $$;

-- The triggers of V21 anew, with queries of (programme, code). Where a cascade may have taken the rows that lead to
-- the codes (a result's indicators, a deleted project's results), every code the programme has is marked.
do $$
declare
    t record;
    op text;
begin
    for t in select * from (values
        ('result_update', 'select pp.programme_id, lower(ci.code) from %1$I x join indicator i on i.id = x.indicator_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id join result r on r.id = i.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id where x.status = ''APPROVED'''),
        ('update_disaggregation', 'select pp.programme_id, lower(ci.code) from %1$I x'
            || ' join result_update u on u.id = x.update_id join indicator i on i.id = u.indicator_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id join result r on r.id = i.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id where u.status = ''APPROVED'''),
        ('indicator', 'select pp.programme_id, lower(ci.code) from %1$I x'
            || ' join catalogue_indicator ci on ci.id = x.catalogue_indicator_id join result r on r.id = x.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id'),
        ('result', 'select pp.programme_id, lower(ci.code) from %1$I x join project_programme pp on pp.project_id = x.project_id'
            || ' join indicator i on i.result_id = x.id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' union select pp.programme_id, s.group_key from %1$I x join project_programme pp on pp.project_id = x.project_id'
            || ' join programme_result_state s on s.programme_id = pp.programme_id'
            || ' where not exists (select 1 from indicator i where i.result_id = x.id)'),
        ('catalogue_indicator', 'select pp.programme_id, lower(x.code) from %1$I x'
            || ' join indicator i on i.catalogue_indicator_id = x.id join result r on r.id = i.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id'),
        -- the programme's windows, and the dates of the updates of that period in any programme (joint projects)
        ('reporting_period', 'select s.programme_id, s.group_key from %1$I x'
            || ' join programme_result_state s on s.programme_id = x.programme_id'
            || ' union select pp.programme_id, lower(ci.code) from %1$I x join result_update u on u.period_id = x.id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id'),
        ('project', 'select pp.programme_id, lower(ci.code) from %1$I x join project_programme pp on pp.project_id = x.id'
            || ' join result r on r.project_id = x.id join indicator i on i.result_id = r.id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        ('project_programme', 'select x.programme_id, lower(ci.code) from %1$I x join result r on r.project_id = x.project_id'
            || ' join indicator i on i.result_id = r.id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' union select s.programme_id, s.group_key from %1$I x'
            || ' join programme_result_state s on s.programme_id = x.programme_id'
            || ' where not exists (select 1 from result r where r.project_id = x.project_id)'),
        ('dimension_value', 'select pp.programme_id, lower(ci.code) from %1$I x'
            || ' join update_disaggregation d on d.dimension_value_id = x.id join result_update u on u.id = d.update_id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id')
    ) as v(tab, query) loop
        foreach op in array array['insert', 'update', 'delete'] loop
            execute format('drop trigger %1$I on %2$I', t.tab || '_totals_' || op, t.tab);
        end loop;
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function results_mark_programmes_dirty(%3$L)',
            t.tab || '_totals_insert', t.tab, t.query);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function results_mark_programmes_dirty(%3$L)',
            t.tab || '_totals_update', t.tab, t.query);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function results_mark_programmes_dirty(%3$L)',
            t.tab || '_totals_delete', t.tab, t.query);
    end loop;
end $$;

-- Every (theme, code) in use starts dirty: computed on request until stored (at start-up or by the first write).
insert into theme_result_state (theme_id, group_key)
select distinct rt.theme_id, lower(ci.code) from result_theme rt join indicator i on i.result_id = rt.result_id
    join catalogue_indicator ci on ci.id = i.catalogue_indicator_id;

-- Marks dirty the (theme, code) pairs that the changed rows can move; TG_ARGV[0] as in V21, a query of
-- (theme id, lower-case code) over the changed rows. Themes being deleted in the same statement are skipped.
create function results_mark_themes_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into theme_result_state (theme_id, group_key) select distinct c.theme_id, c.code from ('
            || format(tg_argv[0], 'new_rows') || ') c(theme_id, code) where c.code is not null'
            || ' and exists (select 1 from theme t where t.id = c.theme_id)'
            || ' order by c.theme_id, c.code on conflict (theme_id, group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into theme_result_state (theme_id, group_key) select distinct c.theme_id, c.code from ('
            || format(tg_argv[0], 'old_rows') || ') c(theme_id, code) where c.code is not null'
            || ' and exists (select 1 from theme t where t.id = c.theme_id)'
            || ' order by c.theme_id, c.code on conflict (theme_id, group_key) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
        -- only approved updates count; a draft's edits move nothing
        ('result_update', 'select rt.theme_id, lower(ci.code) from %1$I x join indicator i on i.id = x.indicator_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result_theme rt on rt.result_id = i.result_id where x.status = ''APPROVED'''),
        ('update_disaggregation', 'select rt.theme_id, lower(ci.code) from %1$I x join result_update u on u.id = x.update_id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result_theme rt on rt.result_id = i.result_id where u.status = ''APPROVED'''),
        ('indicator', 'select rt.theme_id, lower(ci.code) from %1$I x'
            || ' join catalogue_indicator ci on ci.id = x.catalogue_indicator_id'
            || ' join result_theme rt on rt.result_id = x.result_id'),
        ('result', 'select rt.theme_id, lower(ci.code) from %1$I x join result_theme rt on rt.result_id = x.id'
            || ' join indicator i on i.result_id = x.id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        -- a link: the codes of the result's indicators; one taken away (also by a cascade, when the indicators may
        -- be gone already): every code the theme has
        ('result_theme', 'select x.theme_id, lower(ci.code) from %1$I x join indicator i on i.result_id = x.result_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' union select s.theme_id, s.group_key from %1$I x join theme_result_state s on s.theme_id = x.theme_id'),
        ('catalogue_indicator', 'select rt.theme_id, lower(x.code) from %1$I x'
            || ' join indicator i on i.catalogue_indicator_id = x.id join result_theme rt on rt.result_id = i.result_id'),
        -- the windows of the programme's themes, and the dates of the updates of that period in any theme
        ('reporting_period', 'select s.theme_id, s.group_key from %1$I x join theme th on th.programme_id = x.programme_id'
            || ' join theme_result_state s on s.theme_id = th.id'
            || ' union select rt.theme_id, lower(ci.code) from %1$I x join result_update u on u.period_id = x.id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result_theme rt on rt.result_id = i.result_id'),
        -- published decides the public view; the title names it as a source
        ('project', 'select rt.theme_id, lower(ci.code) from %1$I x join result r on r.project_id = x.id'
            || ' join result_theme rt on rt.result_id = r.id join indicator i on i.result_id = r.id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        ('dimension_value', 'select rt.theme_id, lower(ci.code) from %1$I x'
            || ' join update_disaggregation d on d.dimension_value_id = x.id join result_update u on u.id = d.update_id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' join result_theme rt on rt.result_id = i.result_id'),
        -- a theme moved to another programme has that programme's periods
        ('theme', 'select s.theme_id, s.group_key from %1$I x join theme_result_state s on s.theme_id = x.id')
    ) as v(tab, query) loop
        if t.tab <> 'theme' then
            execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
                || ' for each statement execute function results_mark_themes_dirty(%3$L)',
                t.tab || '_themes_insert', t.tab, t.query);
            execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
                || ' for each statement execute function results_mark_themes_dirty(%3$L)',
                t.tab || '_themes_delete', t.tab, t.query);
        end if;
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function results_mark_themes_dirty(%3$L)',
            t.tab || '_themes_update', t.tab, t.query);
    end loop;
end $$;
-- [jooq ignore stop]
