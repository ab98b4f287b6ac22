-- The region-wide result totals (the dashboard's and the area pages' results sections: RollUps.region over all
-- periods) kept in the same transaction as the change that moves them (issue 10), per catalogue code, as the
-- programme totals are (V21): triggers mark the codes a change can move as dirty; before the transaction commits,
-- RegionTotals recomputes each dirty code with the roll-up engine (RollUps, the scope narrowed to the code, so an
-- approval costs what its code costs, not the whole country) and stores it here. Reads use the stored rows only while
-- no code is dirty; otherwise they compute on request.

create table region_result_state (
    group_key varchar primary key,
    dirty     boolean not null default true
);

-- RollUps.figures of the code over all periods, for both views (public: published projects only).
create table region_result_total (
    group_key   varchar not null references region_result_state (group_key) on delete cascade,
    public      boolean not null,
    aggregation varchar not null,
    value       numeric(38, 6),
    numerator   numeric(38, 6),
    denominator numeric(38, 6),
    qualifier   varchar not null,
    indicators  integer not null,
    projects    integer not null,
    flagged     integer not null
);
create index region_result_total_idx on region_result_total (group_key, public);

-- RollUps.byMunicipality of the code over all periods (area null: not attributed).
create table region_result_area_total (
    group_key varchar not null references region_result_state (group_key) on delete cascade,
    public    boolean not null,
    area_id   bigint,
    area_code varchar,
    value     numeric(38, 6),
    qualifier varchar not null
);
create index region_result_area_total_idx on region_result_area_total (group_key, public);

-- RollUps.contributors of the code over all periods, in their order, with the municipalities of their values.
create table region_result_source (
    group_key     varchar not null references region_result_state (group_key) on delete cascade,
    public        boolean not null,
    position      integer not null,
    project_id    bigint  not null references project (id) on delete cascade,
    project_title varchar not null,
    area_ids      bigint[] not null
);
create index region_result_source_idx on region_result_source (group_key, public, position);
create index region_result_source_project_idx on region_result_source (project_id);

-- [jooq ignore start]
alter table region_result_total alter column value type numeric, alter column numerator type numeric,
    alter column denominator type numeric;
alter table region_result_area_total alter column value type numeric;

-- Every code in use starts dirty: computed on request until stored (at start-up or by the first write).
insert into region_result_state (group_key) select distinct lower(code) from catalogue_indicator;

-- Marks dirty the catalogue codes (lower case) that the changed rows can move; TG_ARGV[0] as in V21.
create function results_mark_region_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into region_result_state (group_key) select distinct c.code from ('
            || format(tg_argv[0], 'new_rows') || ') c(code) where c.code is not null'
            || ' order by c.code on conflict (group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into region_result_state (group_key) select distinct c.code from ('
            || format(tg_argv[0], 'old_rows') || ') c(code) where c.code is not null'
            || ' order by c.code on conflict (group_key) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
        -- only approved updates count; a draft's edits move nothing
        ('result_update', 'select lower(ci.code) from %1$I x join indicator i on i.id = x.indicator_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id where x.status = ''APPROVED'''),
        ('update_disaggregation', 'select lower(ci.code) from %1$I x join result_update u on u.id = x.update_id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'
            || ' where u.status = ''APPROVED'''),
        ('indicator', 'select lower(ci.code) from %1$I x join catalogue_indicator ci on ci.id = x.catalogue_indicator_id'),
        ('result', 'select lower(ci.code) from %1$I x join indicator i on i.result_id = x.id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        ('catalogue_indicator', 'select lower(x.code) from %1$I x'),
        -- the dates of a period order a cumulative indicator's values
        ('reporting_period', 'select lower(ci.code) from %1$I x join result_update u on u.period_id = x.id'
            || ' join indicator i on i.id = u.indicator_id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        -- published decides the public view; deletion takes the project out; the title names it as a source
        ('project', 'select lower(ci.code) from %1$I x join result r on r.project_id = x.id'
            || ' join indicator i on i.result_id = r.id join catalogue_indicator ci on ci.id = i.catalogue_indicator_id'),
        ('dimension_value', 'select lower(ci.code) from %1$I x join update_disaggregation d on d.dimension_value_id = x.id'
            || ' join result_update u on u.id = d.update_id join indicator i on i.id = u.indicator_id'
            || ' join catalogue_indicator ci on ci.id = i.catalogue_indicator_id')
    ) as v(tab, query) loop
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function results_mark_region_dirty(%3$L)',
            t.tab || '_region_insert', t.tab, t.query);
        execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows'
            || ' for each statement execute function results_mark_region_dirty(%3$L)',
            t.tab || '_region_update', t.tab, t.query);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function results_mark_region_dirty(%3$L)',
            t.tab || '_region_delete', t.tab, t.query);
    end loop;
end $$;
-- [jooq ignore stop]
