-- Imports of a million figures (issue 8): PostgreSQL checks a foreign key with one lookup per row, which cost three
-- quarters of an import's time (about 19 of 25 seconds per million rows, measured). The three references of
-- observation are therefore checked once per statement over all its rows by the triggers below, with the same
-- meaning: a figure's indicator, area and release must exist (checked at the end of the statement, with the
-- referenced rows locked FOR KEY SHARE as a foreign key locks them, so that a concurrent delete waits), deleting
-- an indicator or an area deletes its figures, and a release that figures point at cannot be deleted.
-- The two secondary indexes go as well (another second per million rows): nothing reads figures by release, and
-- the figures of one area (an area's deletion, the API's list by area) come from the primary key, which
-- PostgreSQL 18 skips through per indicator (measured: 3 ms for an area among a million figures).
drop index observation_release_idx;
drop index observation_area_idx;

-- [jooq ignore start]
alter table observation drop constraint observation_indicator_id_fkey,
    drop constraint observation_area_id_fkey,
    drop constraint observation_release_id_fkey;

create function observation_check_references() returns trigger language plpgsql as $$
declare
    indicators bigint[];
    areas bigint[];
    releases bigint[];
    missing bigint;
begin
    -- one pass over the statement's rows; the keys are few (indicators x areas), the rows many
    select array_agg(distinct k.indicator_id), array_agg(distinct k.area_id), array_agg(distinct k.release_id)
        into indicators, areas, releases
        from (select n.indicator_id, n.area_id, n.release_id from new_rows n
              group by n.indicator_id, n.area_id, n.release_id) k;
    if indicators is null then
        return null;
    end if;
    -- lock what is referred to, as a foreign key does, so that a concurrent delete waits for this transaction
    perform from monitor_indicator where id = any (indicators) for key share;
    perform from area where id = any (areas) for key share;
    perform from observation_release where id = any (releases) for key share;
    select u.id into missing from unnest(indicators) u(id) where not exists (select from monitor_indicator i where i.id = u.id) limit 1;
    if found then
        raise foreign_key_violation using table = 'observation', constraint = 'observation_indicator_id_fkey',
            message = format('observation refers to monitor indicator %s, which does not exist', missing);
    end if;
    select u.id into missing from unnest(areas) u(id) where not exists (select from area a where a.id = u.id) limit 1;
    if found then
        raise foreign_key_violation using table = 'observation', constraint = 'observation_area_id_fkey',
            message = format('observation refers to area %s, which does not exist', missing);
    end if;
    select u.id into missing from unnest(releases) u(id) where not exists (select from observation_release r where r.id = u.id) limit 1;
    if found then
        raise foreign_key_violation using table = 'observation', constraint = 'observation_release_id_fkey',
            message = format('observation refers to release %s, which does not exist', missing);
    end if;
    return null;
end
$$;
create trigger observation_references_on_insert after insert on observation
    referencing new table as new_rows for each statement execute function observation_check_references();
create trigger observation_references_on_update after update on observation
    referencing new table as new_rows for each statement execute function observation_check_references();

create function observation_delete_with_indicator() returns trigger language plpgsql as $$
begin
    delete from observation where indicator_id in (select id from old_rows);
    return null;
end
$$;
create trigger observation_delete_with_indicator after delete on monitor_indicator
    referencing old table as old_rows for each statement execute function observation_delete_with_indicator();

create function observation_delete_with_area() returns trigger language plpgsql as $$
begin
    delete from observation where area_id in (select id from old_rows);
    return null;
end
$$;
create trigger observation_delete_with_area after delete on area
    referencing old table as old_rows for each statement execute function observation_delete_with_area();

create function observation_release_in_use() returns trigger language plpgsql as $$
declare
    used bigint;
begin
    select o.release_id into used from observation o where o.release_id in (select id from old_rows) limit 1;
    if found then
        raise foreign_key_violation using table = 'observation_release', constraint = 'observation_release_id_fkey',
            message = format('release %s still holds figures', used);
    end if;
    return null;
end
$$;
create trigger observation_release_in_use after delete on observation_release
    referencing old table as old_rows for each statement execute function observation_release_in_use();
-- [jooq ignore stop]
