-- The programmes' (V21, V36) and the themes' (V36) stored result totals are one kind of store (StoredRollUps), and so
-- their triggers call one function: results_mark_dirty(owner, query) marks dirty the (owner, code) pairs of the
-- <owner>_result_state table that the query finds over the changed rows, as results_mark_programmes_dirty and
-- results_mark_themes_dirty did (owners being deleted in the same statement skipped; ordered, so that concurrent
-- writers lock the state rows in the same order). The triggers keep their names, events and queries: each is replaced
-- by the same trigger with the owner put before its query. The region's function (V34) stays: its state has no owner.

-- [jooq ignore start]
create function results_mark_dirty() returns trigger language plpgsql as $$
declare
    changed text;
begin
    -- TG_ARGV[0]: the owner's table (programme, theme); TG_ARGV[1]: a query of (owner id, lower-case code) over the
    -- transition table named by %1$I
    foreach changed in array case tg_op when 'INSERT' then array['new_rows'] when 'DELETE' then array['old_rows']
            else array['new_rows', 'old_rows'] end loop
        execute format('insert into %1$I (%2$I, group_key) select distinct c.owner_id, c.code from (%3$s) c(owner_id, code)'
            || ' where c.code is not null and exists (select 1 from %4$I o where o.id = c.owner_id)'
            || ' order by c.owner_id, c.code on conflict (%2$I, group_key) do update set dirty = true',
            tg_argv[0] || '_result_state', tg_argv[0] || '_id', format(tg_argv[1], changed), tg_argv[0]);
    end loop;
    return null;
end $$;

do $$
declare
    t record;
    definition text;
begin
    for t in select tr.oid, p.proname from pg_trigger tr join pg_proc p on p.oid = tr.tgfoid
            where p.proname in ('results_mark_programmes_dirty', 'results_mark_themes_dirty') and not tr.tgisinternal
            order by tr.tgname loop
        definition := pg_get_triggerdef(t.oid);
        definition := regexp_replace(definition, '^CREATE TRIGGER ', 'CREATE OR REPLACE TRIGGER ');
        definition := regexp_replace(definition, 'EXECUTE FUNCTION (\S+\.)?' || t.proname || '\(',
            'EXECUTE FUNCTION results_mark_dirty(' || quote_literal(case t.proname
                when 'results_mark_programmes_dirty' then 'programme' else 'theme' end) || ', ');
        if definition not like '%results_mark_dirty(%' then
            raise exception 'trigger not rewritten: %', definition;
        end if;
        execute definition;
    end loop;
end $$;

drop function results_mark_programmes_dirty();
drop function results_mark_themes_dirty();
-- [jooq ignore stop]
