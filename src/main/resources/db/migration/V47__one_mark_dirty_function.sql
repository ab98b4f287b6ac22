-- One trigger function marks stored totals dirty, whatever the state table: V29's finance_mark_dirty and V39's
-- project_count_mark_dirty were the same function over another table. TG_ARGV[0] is the state table (scope,
-- group_key, dirty; primary key (scope, group_key)), TG_ARGV[1] a query of (scope, key) pairs over the changed rows,
-- with %1$I for the transition table. The upsert row-locks the state rows until commit, which serialises concurrent
-- writers of one group (the second recomputes after the first has committed, so neither misses the other).
-- Ordered, so that writers lock in the same order.

-- [jooq ignore start]
create function mark_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute format('insert into %I (scope, group_key) select distinct c.scope, c.group_key from (', tg_argv[0])
            || format(tg_argv[1], 'new_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute format('insert into %I (scope, group_key) select distinct c.scope, c.group_key from (', tg_argv[0])
            || format(tg_argv[1], 'old_rows') || ') c(scope, group_key) where c.group_key is not null'
            || ' order by 1, 2 on conflict (scope, group_key) do update set dirty = true';
    end if;
    return null;
end $$;

-- Every trigger of the two functions is created again on the generic one, with its state table as the first
-- argument and its query unchanged (read back from the catalogue, so whatever created them is kept exactly).
do $$
declare
    t record;
begin
    for t in select tg.tgname, tg.tgrelid::regclass as tab, p.proname, pg_get_triggerdef(tg.oid) as def
             from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
             where p.proname in ('finance_mark_dirty', 'project_count_mark_dirty') and not tg.tgisinternal
             order by tg.tgname
    loop
        execute format('drop trigger %I on %s', t.tgname, t.tab);
        execute regexp_replace(t.def, 'EXECUTE FUNCTION (\w+\.)?' || t.proname || '\(',
            'EXECUTE FUNCTION mark_dirty('
                || quote_literal(case t.proname when 'finance_mark_dirty' then 'finance_total_state' else 'project_count' end)
                || ', ');
    end loop;
end $$;

drop function finance_mark_dirty();
drop function project_count_mark_dirty();
-- [jooq ignore stop]
