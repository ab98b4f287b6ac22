-- Programme totals kept in the same transaction as the change that moves them (issue 7 acceptance 6, issue 10):
-- no batch job and no cache to invalidate. Triggers mark the programmes a change can move as dirty; before the
-- transaction commits, ProgrammeTotals recomputes the dirty programmes with the roll-up engine (RollUps) and stores
-- the figures here. Reads use the stored rows only while the programme's state row exists and is clean; otherwise
-- they compute on request, so a missed mark costs speed, never correctness.

create table programme_result_state (
    programme_id bigint primary key references programme (id) on delete cascade,
    dirty        boolean not null default true
);

-- RollUps.figures of the programme over its reporting periods, for both views (public: published projects only).
create table programme_result_total (
    programme_id bigint  not null references programme (id) on delete cascade,
    public       boolean not null,
    period_id    bigint  not null references reporting_period (id) on delete cascade,
    group_key    varchar not null,
    aggregation  varchar not null,
    value        numeric(38, 6),
    numerator    numeric(38, 6),
    denominator  numeric(38, 6),
    qualifier    varchar not null,
    indicators   integer not null,
    projects     integer not null,
    flagged      integer not null
);
create index programme_result_total_idx on programme_result_total (programme_id, public);
create index programme_result_total_period_idx on programme_result_total (period_id);

-- RollUps.byMunicipality of the programme over its reporting periods (area null: not attributed).
create table programme_result_area_total (
    programme_id bigint  not null references programme (id) on delete cascade,
    public       boolean not null,
    period_id    bigint  not null references reporting_period (id) on delete cascade,
    group_key    varchar not null,
    area_id      bigint,
    area_code    varchar,
    value        numeric(38, 6),
    qualifier    varchar not null
);
create index programme_result_area_total_idx on programme_result_area_total (programme_id, public);
create index programme_result_area_total_period_idx on programme_result_area_total (period_id);

-- RollUps.contributors of the programme over all periods (the sources its results page cites), in their order.
create table programme_result_source (
    programme_id  bigint  not null references programme (id) on delete cascade,
    public        boolean not null,
    group_key     varchar not null,
    position      integer not null,
    project_id    bigint  not null references project (id) on delete cascade,
    project_title varchar not null
);
create index programme_result_source_idx on programme_result_source (programme_id, public, group_key, position);
create index programme_result_source_project_idx on programme_result_source (project_id);

-- [jooq ignore start]
-- Any scale, so that a stored value is the very BigDecimal the engine computed (a percentage has up to 16
-- digits); the generated code sees numeric(38, 6), i.e. BigDecimal.
alter table programme_result_total alter column value type numeric, alter column numerator type numeric,
    alter column denominator type numeric;
alter table programme_result_area_total alter column value type numeric;

-- Every programme starts dirty: computed on request until the first write transaction stores its totals.
insert into programme_result_state (programme_id) select id from programme;

-- Marks dirty the programmes that the changed rows can move. TG_ARGV[0] is a query of programme ids over the
-- changed rows, with %1$I for the transition table. The upsert row-locks the state row until commit, which
-- serialises concurrent writers of one programme: a second approval waits until the first has committed its
-- recomputed totals, then marks the programme again and recomputes with both, so neither misses the other.
-- Programmes being deleted in the same statement are skipped (their state goes with them).
create function results_mark_programmes_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into programme_result_state (programme_id) select distinct c.id from ('
            || format(tg_argv[0], 'new_rows') || ') c(id) where exists (select 1 from programme p where p.id = c.id)'
            || ' order by c.id on conflict (programme_id) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into programme_result_state (programme_id) select distinct c.id from ('
            || format(tg_argv[0], 'old_rows') || ') c(id) where exists (select 1 from programme p where p.id = c.id)'
            || ' order by c.id on conflict (programme_id) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
        -- only approved updates count; a draft's edits move nothing
        ('result_update', 'select pp.programme_id from %1$I x join indicator i on i.id = x.indicator_id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id'
            || ' where x.status = ''APPROVED'''),
        ('update_disaggregation', 'select pp.programme_id from %1$I x join result_update u on u.id = x.update_id'
            || ' join indicator i on i.id = u.indicator_id join result r on r.id = i.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id where u.status = ''APPROVED'''),
        ('indicator', 'select pp.programme_id from %1$I x join result r on r.id = x.result_id'
            || ' join project_programme pp on pp.project_id = r.project_id'),
        ('result', 'select pp.programme_id from %1$I x join project_programme pp on pp.project_id = x.project_id'),
        -- a code, measure or rule: every programme with a project that adopted it
        ('catalogue_indicator', 'select pp.programme_id from %1$I x join indicator i on i.catalogue_indicator_id = x.id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id'),
        -- the programme's windows, and the dates of the updates of that period in any programme (joint projects)
        ('reporting_period', 'select x.programme_id from %1$I x union select pp.programme_id from %1$I x'
            || ' join result_update u on u.period_id = x.id join indicator i on i.id = u.indicator_id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id'),
        -- published decides the public view; deletion takes the project out
        ('project', 'select pp.programme_id from %1$I x join project_programme pp on pp.project_id = x.id'),
        ('project_programme', 'select x.programme_id from %1$I x'),
        -- a value's dimension decides whether parts must add up
        ('dimension_value', 'select pp.programme_id from %1$I x join update_disaggregation d on d.dimension_value_id = x.id'
            || ' join result_update u on u.id = d.update_id join indicator i on i.id = u.indicator_id'
            || ' join result r on r.id = i.result_id join project_programme pp on pp.project_id = r.project_id')
    ) as v(tab, query) loop
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
-- [jooq ignore stop]
