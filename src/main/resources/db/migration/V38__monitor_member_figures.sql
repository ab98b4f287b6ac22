-- The monitor's figures of regions, provinces and nations computed from their member municipalities
-- (FigureQueries.fromMembers: per region, indicator and period the members' sum or weighted mean with its member
-- counts), stored so that a page reads them instead of adding up every municipality on every request (issue 10: the
-- nation's figures of one indicator are 7,000 member rows). They are kept in the same transaction as the change that
-- moves them, as the money and results totals are (V29, V34): triggers mark what a change can move as dirty; before
-- the transaction commits MemberFigures stores it anew with the same query narrowed to what is dirty. Two marks,
-- because the two kinds of change differ in reach: a figure (indicator, period) moves that pair in every region; a
-- membership or an area's validity moves every pair of the regions above it. Reads use the stored rows only while
-- neither mark is set for what they read; otherwise they compute on request.
--
-- No foreign keys: the rows of a deleted indicator or area are removed by the store, which the marks of the
-- deletion (its figures and memberships go with it) trigger; a key would refuse those marks inside the cascade.

-- Per indicator and period: how many figures are stored (the observation list's exact total without counting three
-- million rows), and whether the figures from members of this pair need storing.
create table monitor_period_state (
    indicator_id bigint     not null,
    period       varchar(8) not null,
    period_start date       not null,
    observations integer    not null default 0,
    dirty        boolean    not null default true,
    primary key (indicator_id, period)
);

-- Regions whose composition changed: all their figures from members need storing (a row is the mark).
create table monitor_region_state (
    region_id bigint primary key
);

-- FigureQueries.fromMembers per region, indicator and period, as it computes them (the value follows in Java:
-- given only when every expected member has a figure).
create table monitor_member_figure (
    indicator_id bigint     not null,
    region_id    bigint     not null,
    period       varchar(8) not null,
    period_start date       not null,
    expected     integer    not null,
    present      integer    not null,
    total        numeric(38, 6),
    weights      numeric(38, 6),
    provisional  boolean    not null,
    revised_at   timestamp with time zone,
    source_ids   bigint[],
    weight_id    bigint     not null,
    primary key (indicator_id, region_id, period)
);
-- a page reads a few regions' figures of a page of indicators in this order
create index monitor_member_figure_region_idx on monitor_member_figure (region_id, indicator_id, period_start, period);

-- [jooq ignore start]
-- sums and weighted sums exactly as the query computes them (unbounded scale)
alter table monitor_member_figure alter column total type numeric, alter column weights type numeric;

create index monitor_period_state_dirty_idx on monitor_period_state (indicator_id) where dirty;

-- Every pair with figures starts dirty: computed on request until stored (at start-up or by the first write).
insert into monitor_period_state (indicator_id, period, period_start, observations)
select indicator_id, period, min(period_start), count(*) from observation group by indicator_id, period;

-- The figures a statement added (+) or removed (-): their counts move, and the pairs of the indicator and of the
-- indicators it weights (a weighted mean reads its weight's figure of the same period) are dirty. TG_ARGV: none.
create function monitor_observations_changed() returns trigger language plpgsql as $$
declare
    delta text;
begin
    delta := case tg_op
        when 'INSERT' then 'select indicator_id, period, period_start, 1 as n from new_rows'
        when 'DELETE' then 'select indicator_id, period, period_start, -1 as n from old_rows'
        else 'select indicator_id, period, period_start, 1 as n from new_rows'
            || ' union all select indicator_id, period, period_start, -1 as n from old_rows' end;
    execute 'with k as (select indicator_id, period, min(period_start) as s, sum(n) as n from (' || delta
        || ') d group by indicator_id, period)'
        || ' insert into monitor_period_state as st (indicator_id, period, period_start, observations)'
        || ' select indicator_id, period, min(s), sum(n) from ('
        || '   select indicator_id, period, s, n from k'
        || '   union all select w.id, k.period, k.s, 0 from k join monitor_indicator w on w.weight_indicator_id = k.indicator_id'
        || ' ) x group by indicator_id, period order by indicator_id, period'
        || ' on conflict (indicator_id, period) do update'
        || ' set observations = st.observations + excluded.observations, dirty = true';
    return null;
end $$;
create trigger observation_member_figures_insert after insert on observation
    referencing new table as new_rows for each statement execute function monitor_observations_changed();
create trigger observation_member_figures_update after update on observation
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitor_observations_changed();
create trigger observation_member_figures_delete after delete on observation
    referencing old table as old_rows for each statement execute function monitor_observations_changed();

-- How an indicator aggregates (sum, weighted mean and its weight, a formula) decides its figures from members.
create function monitor_indicator_aggregation_changed() returns trigger language plpgsql as $$
begin
    update monitor_period_state s set dirty = true
    from new_rows n join old_rows o on o.id = n.id
    where s.indicator_id = n.id and not s.dirty
      and (n.aggregation, n.weight_indicator_id, n.formula) is distinct from (o.aggregation, o.weight_indicator_id, o.formula);
    return null;
end $$;
create trigger monitor_indicator_member_figures after update on monitor_indicator
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitor_indicator_aggregation_changed();

-- A release's source is the source of the figures from members it contributes to.
create function monitor_release_source_changed() returns trigger language plpgsql as $$
begin
    update monitor_period_state s set dirty = true
    from (select distinct o.indicator_id, o.period from observation o
          join new_rows n on n.id = o.release_id join old_rows x on x.id = n.id
          where n.source_id <> x.source_id) k
    where s.indicator_id = k.indicator_id and s.period = k.period;
    return null;
end $$;
create trigger observation_release_member_figures after update on observation_release
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitor_release_source_changed();

-- Marks dirty the areas the changed rows name (TG_ARGV[0]: a query over %1$I, the transition table, giving area ids)
-- and every area above them: their compositions of municipalities can have changed.
create function monitor_regions_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'with recursive up(id) as (' || format(tg_argv[0], 'new_rows')
            || ' union select m.parent_id from area_membership m join up on m.member_id = up.id)'
            || ' insert into monitor_region_state (region_id) select id from up where id is not null order by id'
            || ' on conflict (region_id) do nothing';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'with recursive up(id) as (' || format(tg_argv[0], 'old_rows')
            || ' union select m.parent_id from area_membership m join up on m.member_id = up.id)'
            || ' insert into monitor_region_state (region_id) select id from up where id is not null order by id'
            || ' on conflict (region_id) do nothing';
    end if;
    return null;
end $$;
create trigger area_membership_member_figures_insert after insert on area_membership
    referencing new table as new_rows for each statement
    execute function monitor_regions_changed('select parent_id from %1$I');
create trigger area_membership_member_figures_update after update on area_membership
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitor_regions_changed('select parent_id from %1$I');
create trigger area_membership_member_figures_delete after delete on area_membership
    referencing old table as old_rows for each statement
    execute function monitor_regions_changed('select parent_id from %1$I');
-- an area's validity bounds its part in a composition (and a region's own); its kind decides whether it is a member
create trigger area_member_figures_update after update on area
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitor_regions_changed('select n.id from new_rows n join old_rows o on o.id = n.id where (n.kind, n.valid_from, n.valid_to) is distinct from (o.kind, o.valid_from, o.valid_to)');
-- [jooq ignore stop]
