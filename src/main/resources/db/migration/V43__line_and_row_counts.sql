-- Counts that grew with the data, kept in the same transaction as the change that moves them (issue 10).
--
-- 1. budget_line_count: the budget lines of each funder and year, as the funder list and the budget-line list (its
-- total, unfiltered or by funder, category or year) count them: a line that has a current revision, in the public
-- view only when its programme and project are published. Counting them on request read all 106,000 lines and their
-- current revisions on every request. As the project counts (V39): triggers mark the groups a change can move as
-- dirty; before the transaction commits, finance.internal.LineCounts stores them anew with the very count that reads
-- use for a dirty group. A group is a funder and a year (0: the whole period, as budget_line_unique_idx has it); a
-- group without a row has no lines. One row per group, so only writers of one funder's lines of one year wait for
-- each other.
create table budget_line_count (
    funder_id    bigint  not null references funder (id) on delete cascade,
    year_key     integer not null,
    dirty        boolean not null default true,
    -- the group's lines anonymous visitors see, and all its lines
    public_lines integer not null default 0,
    all_lines    integer not null default 0,
    primary key (funder_id, year_key)
);

-- 2. table_row_count: the rows of each table the reference-data status reports, as signed changes (one row per
-- statement that inserted or deleted rows) summed on read. Counting the tables on request read 2,000,000 revisions
-- on every request. Writers only insert here, so none waits for another; shared.StoredRowCounts folds a table's rows
-- into one before a writing transaction commits, skipping rows another transaction holds.
create table table_row_count (
    id         bigint generated always as identity primary key,
    table_name varchar not null,
    row_change bigint  not null
);
create index table_row_count_table_idx on table_row_count (table_name);

-- [jooq ignore start]
-- Marks dirty the line groups the changed rows can move. TG_ARGV[0] is a query of (funder_id, year_key) pairs over
-- the changed rows, with %1$I for the transition table. The upsert row-locks the groups until commit, which
-- serialises concurrent writers of one group (the second stores after the first has committed). Ordered, so that
-- writers lock in the same order.
create function budget_line_count_mark_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into budget_line_count (funder_id, year_key) select distinct c.funder_id, c.year_key from ('
            || format(tg_argv[0], 'new_rows') || ') c(funder_id, year_key) where c.funder_id is not null'
            || ' order by 1, 2 on conflict (funder_id, year_key) do update set dirty = true';
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'insert into budget_line_count (funder_id, year_key) select distinct c.funder_id, c.year_key from ('
            || format(tg_argv[0], 'old_rows') || ') c(funder_id, year_key) where c.funder_id is not null'
            || ' and exists (select 1 from funder f where f.id = c.funder_id)'
            || ' order by 1, 2 on conflict (funder_id, year_key) do update set dirty = true';
    end if;
    return null;
end $$;

do $$
declare
    groups_of_lines constant varchar := 'select l.funder_id, coalesce(l.year, 0) from %1$I l';
    t record;
begin
    for t in select * from (values
        -- a new or deleted line; an edit only when it moves the line to another group or owner
        ('budget_line', 'insert', groups_of_lines),
        ('budget_line', 'delete', groups_of_lines),
        ('budget_line', 'update', 'select l.funder_id, coalesce(l.year, 0) from %1$I l'
            || ' join old_rows o on o.id = l.id join new_rows n on n.id = l.id'
            || ' where (n.funder_id, n.year, n.programme_id, n.project_id)'
            || ' is distinct from (o.funder_id, o.year, o.programme_id, o.project_id)'),
        -- a line is counted once it has a revision: its first one, or its last one deleted
        ('budget_revision', 'insert', 'select l.funder_id, coalesce(l.year, 0) from %1$I x'
            || ' join budget_line l on l.id = x.budget_line_id where not exists (select 1 from budget_revision r'
            || ' where r.budget_line_id = x.budget_line_id and r.id not in (select n.id from new_rows n))'),
        ('budget_revision', 'delete', 'select l.funder_id, coalesce(l.year, 0) from %1$I x'
            || ' join budget_line l on l.id = x.budget_line_id'
            || ' where not exists (select 1 from budget_revision r where r.budget_line_id = x.budget_line_id)'),
        -- publication decides the public view
        ('programme', 'update', 'select l.funder_id, coalesce(l.year, 0) from %1$I x'
            || ' join old_rows o on o.id = x.id join new_rows n on n.id = x.id'
            || ' join budget_line l on l.programme_id = x.id where n.published is distinct from o.published'),
        ('project', 'update', 'select l.funder_id, coalesce(l.year, 0) from %1$I x'
            || ' join old_rows o on o.id = x.id join new_rows n on n.id = x.id'
            || ' join budget_line l on l.project_id = x.id where n.published is distinct from o.published')
    ) as v(tab, op, query) loop
        execute format('create trigger %1$I after %2$s on %3$I referencing %4$s'
            || ' for each statement execute function budget_line_count_mark_dirty(%5$L)',
            t.tab || '_line_count_' || t.op, t.op, t.tab,
            case t.op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                else 'old table as old_rows new table as new_rows' end,
            t.query);
    end loop;
end $$;

-- Every group that has lines today starts dirty; the application stores dirty groups at start-up.
insert into budget_line_count (funder_id, year_key)
select distinct funder_id, coalesce(year, 0) from budget_line
on conflict do nothing;

-- Adds a statement's inserted or deleted rows to its table's count; a truncation starts the count again at zero.
create function table_row_count_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into table_row_count (table_name, row_change)
        select tg_table_name, count(*) from new_rows having count(*) > 0;
    elsif tg_op = 'DELETE' then
        insert into table_row_count (table_name, row_change)
        select tg_table_name, -count(*) from old_rows having count(*) > 0;
    else
        delete from table_row_count where table_name = tg_table_name;
    end if;
    return null;
end $$;

-- The tables the reference-data status reports (StoredRecords.rowCounts of each feature; StoredRowCountsTest checks
-- that each is counted here), with their rows today.
do $$
declare
    tab varchar;
begin
    foreach tab in array array['source', 'area', 'area_membership', 'area_statistic', 'area_code', 'area_succession',
            'organisation', 'programme', 'theme', 'project', 'project_programme', 'project_theme', 'project_area',
            'project_partner', 'project_link', 'funder', 'budget_line', 'budget_revision', 'mobilised_investment',
            'voucher_award', 'reporting_period', 'catalogue_indicator', 'result', 'indicator', 'result_update',
            'update_transition'] loop
        execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows'
            || ' for each statement execute function table_row_count_change()', tab || '_row_count_insert', tab);
        execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows'
            || ' for each statement execute function table_row_count_change()', tab || '_row_count_delete', tab);
        execute format('create trigger %1$I after truncate on %2$I'
            || ' for each statement execute function table_row_count_change()', tab || '_row_count_truncate', tab);
        execute format('insert into table_row_count (table_name, row_change) select %1$L, count(*) from %1$I', tab);
    end loop;
end $$;
-- [jooq ignore stop]
