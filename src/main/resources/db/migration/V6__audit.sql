-- The audit trail records every change with its values, written by the database itself, so that no
-- feature can forget it and the record is in the same transaction as the change.

-- The values before and after a change (changed fields only; a delete keeps the whole row in "before"),
-- the table the row lives in when it is a child of the entity (project_partner of project 12), and
-- structured detail of events that are not row changes (log-ins, reference-data loads).
alter table audit_event add column table_name varchar;
alter table audit_event add column before jsonb;
alter table audit_event add column after jsonb;
alter table audit_event add column detail_json jsonb;
-- [jooq ignore start]
update audit_event set detail_json = jsonb_build_object('text', detail) where detail is not null;
-- [jooq ignore stop]
alter table audit_event drop column detail;
alter table audit_event rename column detail_json to detail;

-- Reading: the history of one entity (newest first), the audit page by period, and by user.
drop index audit_event_entity_idx;
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_username_idx on audit_event (username, occurred_at);
create index audit_event_action_idx on audit_event (action, occurred_at);

-- [jooq ignore start]

-- One trigger function for every editable table. Arguments: the entity (aggregate) the row belongs to,
-- the column holding that entity's id, then columns to leave out (bulky values such as boundaries, or
-- columns whose change alone is no change worth recording). Bookkeeping columns and secrets are always
-- left out; a changed password hash is recorded as "password_changed": true, never its value.
-- The actor comes from the transaction-local setting regiomonitor.actor, which the application sets for
-- every read-write transaction from the logged-in user; without it the change was made by the system.
create function audit_row_change() returns trigger
    language plpgsql as
$$
declare
    left_out text[] := array['version', 'created_at', 'updated_at', 'password_hash', 'token_hash', tg_argv[1]]
                       || coalesce(tg_argv[2:tg_nargs - 1], array[]::text[]);
    old_row  jsonb;
    new_row  jsonb;
    before_values jsonb := '{}';
    after_values  jsonb := '{}';
    k        text;
begin
    -- A reference-data load writes thousands of rows; it records one event with counts per table
    -- instead (regiomonitor.audit_summary is set only by that loader, for its own transaction).
    if coalesce(current_setting('regiomonitor.audit_summary', true), '') = 'on' then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        old_row := to_jsonb(old);
    end if;
    if tg_op <> 'DELETE' then
        new_row := to_jsonb(new);
    end if;
    if tg_op = 'UPDATE' then
        for k in select jsonb_object_keys(new_row) loop
            if not (k = any (left_out)) and new_row -> k is distinct from old_row -> k then
                before_values := before_values || jsonb_build_object(k, old_row -> k);
                after_values := after_values || jsonb_build_object(k, new_row -> k);
            end if;
        end loop;
        if new_row ? 'password_hash' and new_row -> 'password_hash' is distinct from old_row -> 'password_hash' then
            after_values := after_values || '{"password_changed": true}';
        end if;
        if after_values = '{}' then
            return null; -- only bookkeeping or left-out columns changed (e.g. api_token.last_used_at)
        end if;
    elsif tg_op = 'INSERT' then
        after_values := jsonb_strip_nulls(new_row) - left_out;
    else
        before_values := jsonb_strip_nulls(old_row) - left_out;
    end if;
    insert into audit_event (username, action, entity_type, entity_id, table_name, before, after)
    values (coalesce(nullif(current_setting('regiomonitor.actor', true), ''), 'system'),
            case tg_op when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end,
            tg_argv[0],
            (coalesce(new_row, old_row) ->> tg_argv[1])::bigint,
            tg_table_name,
            case when tg_op <> 'INSERT' then before_values end,
            case when tg_op <> 'DELETE' then after_values end);
    return null;
end
$$;

create trigger audit_change after insert or update or delete on source
    for each row execute function audit_row_change('source', 'id');
create trigger audit_change after insert or update or delete on area
    for each row execute function audit_row_change('area', 'id', 'boundary');
create trigger audit_change after insert or update or delete on area_membership
    for each row execute function audit_row_change('area', 'member_id');
create trigger audit_change after insert or update or delete on area_statistic
    for each row execute function audit_row_change('area', 'area_id');
create trigger audit_change after insert or update or delete on organisation
    for each row execute function audit_row_change('organisation', 'id');
create trigger audit_change after insert or update or delete on programme
    for each row execute function audit_row_change('programme', 'id');
create trigger audit_change after insert or update or delete on theme
    for each row execute function audit_row_change('theme', 'id');
create trigger audit_change after insert or update or delete on project
    for each row execute function audit_row_change('project', 'id');
create trigger audit_change after insert or update or delete on project_programme
    for each row execute function audit_row_change('project', 'project_id');
create trigger audit_change after insert or update or delete on project_theme
    for each row execute function audit_row_change('project', 'project_id');
create trigger audit_change after insert or update or delete on project_area
    for each row execute function audit_row_change('project', 'project_id');
create trigger audit_change after insert or update or delete on project_partner
    for each row execute function audit_row_change('project', 'project_id');
create trigger audit_change after insert or update or delete on project_link
    for each row execute function audit_row_change('project', 'project_id');
create trigger audit_change after insert or update or delete on project_status_change
    for each row execute function audit_row_change('project', 'project_id', 'recorded_at');
create trigger audit_change after insert or update or delete on voucher_award
    for each row execute function audit_row_change('voucher_award', 'id');
create trigger audit_change after insert or update or delete on funder
    for each row execute function audit_row_change('funder', 'id');
create trigger audit_change after insert or update or delete on budget_line
    for each row execute function audit_row_change('budget_line', 'id');
create trigger audit_change after insert or update or delete on budget_revision
    for each row execute function audit_row_change('budget_line', 'budget_line_id', 'recorded_at');
create trigger audit_change after insert or update or delete on mobilised_investment
    for each row execute function audit_row_change('mobilised_investment', 'id', 'recorded_at');
create trigger audit_change after insert or update or delete on app_user
    for each row execute function audit_row_change('app_user', 'id');
create trigger audit_change after insert or update or delete on user_programme
    for each row execute function audit_row_change('app_user', 'user_id');
create trigger audit_change after insert or update or delete on user_project
    for each row execute function audit_row_change('app_user', 'user_id');
-- last_used_at alone is no change: its first use per day is recorded as TOKEN_USED by the log-in.
create trigger audit_change after insert or update or delete on api_token
    for each row execute function audit_row_change('api_token', 'id', 'last_used_at');

-- The trail is append-only for the application: corrections are new records, never edits.
create function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- [jooq ignore stop]
