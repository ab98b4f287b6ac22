-- One trigger function marks every kind of stored total dirty (issue 10): V47's mark_dirty (finance totals, project
-- counts), V46's results_mark_dirty (programme and theme result totals), V34's results_mark_region_dirty (region
-- result totals) and V43's budget_line_count_mark_dirty (line counts) did the same thing over another state table with
-- other key columns. mark_dirty now takes them as arguments:
--   TG_ARGV[0] the state table, with a column dirty and a primary key of the key columns;
--   TG_ARGV[1] its key columns, comma-separated;
--   TG_ARGV[2] a query of key tuples over the changed rows, with %1$I for the transition table;
--   TG_ARGV[3] (optional) the table the first key column references: tuples whose row is gone (deleted in the same
--              statement) are skipped, as the state row could not reference it.
-- A tuple with a null key marks nothing. The upsert row-locks the state rows until commit, which serialises concurrent
-- writers of one group (the second recomputes after the first has committed, so neither misses the other); ordered,
-- so that writers lock in the same order.

-- [jooq ignore start]
create or replace function mark_dirty() returns trigger language plpgsql as $$
declare
    changed text;
    owner_check text := case when tg_nargs > 3 then format(' and exists (select 1 from %I o where o.id = c.%I)',
        tg_argv[3], trim(split_part(tg_argv[1], ',', 1))) else '' end;
begin
    foreach changed in array case tg_op when 'INSERT' then array['new_rows'] when 'DELETE' then array['old_rows']
            else array['new_rows', 'old_rows'] end loop
        execute format('insert into %1$I (%2$s) select distinct * from (%3$s) c(%2$s) where c is not null%4$s'
            || ' order by %2$s on conflict (%2$s) do update set dirty = true',
            tg_argv[0], tg_argv[1], format(tg_argv[2], changed), owner_check);
    end loop;
    return null;
end $$;

-- Every trigger of the four functions is created again on mark_dirty with the same name, table, events and query
-- (read back from the catalogue), its state table and keys put before the query.
do $$
declare
    t record;
    rest bytea;
    i integer;
    args text[];
    given text[];
begin
    for t in select tg.tgname, tg.tgrelid::regclass as tab, p.proname, tg.tgargs, pg_get_triggerdef(tg.oid) as def
             from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
             where p.proname in ('mark_dirty', 'results_mark_dirty', 'results_mark_region_dirty',
                                 'budget_line_count_mark_dirty') and not tg.tgisinternal
             order by tg.tgname
    loop
        -- the arguments, each ended by a zero byte
        given := '{}';
        rest := t.tgargs;
        while length(rest) > 0 loop
            i := position('\x00'::bytea in rest);
            given := given || convert_from(substring(rest from 1 for i - 1), 'UTF8');
            rest := substring(rest from i + 1);
        end loop;
        args := case t.proname
            when 'mark_dirty' then array[given[1], 'scope, group_key', given[2]]
            when 'results_mark_dirty' then array[given[1] || '_result_state', given[1] || '_id, group_key', given[2],
                given[1]]
            when 'results_mark_region_dirty' then array['region_result_state', 'group_key', given[1]]
            else array['budget_line_count', 'funder_id, year_key', given[1], 'funder'] end;
        if t.proname = 'mark_dirty' and cardinality(given) <> 2 then
            raise exception 'trigger % has % arguments, expected V47''s two', t.tgname, cardinality(given);
        end if;
        execute format('drop trigger %I on %s', t.tgname, t.tab);
        execute substring(t.def from 1 for position(' EXECUTE FUNCTION ' in t.def) - 1)
            || ' EXECUTE FUNCTION mark_dirty(' || (select string_agg(quote_literal(a), ', ' order by n) from unnest(args) with ordinality u(a, n)) || ')';
    end loop;
end $$;

drop function results_mark_dirty();
drop function results_mark_region_dirty();
drop function budget_line_count_mark_dirty();
-- [jooq ignore stop]
