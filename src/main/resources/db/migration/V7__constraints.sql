-- The database enforces what the code claims (issue 5, section 5).

-- 1. Names and codes are unique regardless of case, so that two concurrent saves cannot create
-- "ChipTech" and "Chiptech". The application maps a violation of these indexes, by name, to the
-- field error its own duplicate check gives (shared.UniqueViolations): keep the names in step.
-- The plain unique constraints on area.code and app_user.username stay: they serve the exact
-- look-ups by code (area pages) and by username (log-in). The others are replaced.
-- [jooq ignore start]
alter table organisation drop constraint organisation_name_unique;
create unique index organisation_name_lower_key on organisation (lower(name));

alter table funder drop constraint funder_name_unique;
create unique index funder_name_lower_key on funder (lower(name));

alter table programme drop constraint programme_code_key;
create unique index programme_code_lower_key on programme (lower(code));

alter table theme drop constraint theme_code_unique;
create unique index theme_code_lower_key on theme (programme_id, lower(code));

create unique index area_code_lower_key on area (lower(code));

create unique index app_user_username_lower_key on app_user (lower(username));
-- [jooq ignore stop]

-- 2. Every status and kind column has a check constraint listing its Java enum's constants
-- (EnumCheckConstraintTest keeps the two equal). The other columns had theirs since V1-V4.
alter table project_status_change add constraint project_status_change_from_status_check
    check (from_status in ('APPLICATION', 'UNDER_ASSESSMENT', 'APPROVED', 'REJECTED', 'RUNNING', 'COMPLETED',
                           'CONTINUED_INDEPENDENTLY'));
alter table project_status_change add constraint project_status_change_to_status_check
    check (to_status in ('APPLICATION', 'UNDER_ASSESSMENT', 'APPROVED', 'REJECTED', 'RUNNING', 'COMPLETED',
                         'CONTINUED_INDEPENDENTLY'));
alter table area_statistic add constraint area_statistic_statistic_check
    check (statistic in ('POPULATION', 'MEN', 'WOMEN', 'DWELLINGS', 'AREA_HA', 'DENSITY'));

-- 3. Every editable table has created_at, updated_at and version. Editable are the tables whose rows
-- users create and change through the pages and the API:
--   area, organisation, programme, theme, project, voucher_award, funder, budget_line,
--   mobilised_investment, app_user.
-- Not editable in this sense: child rows written only together with their parent (area_membership,
-- project_programme, project_theme, project_area, project_partner, project_link, user_programme,
-- user_project), append-only history (project_status_change, budget_revision, audit_event), rows
-- written only by the reference-data load (source, area_statistic, funder_category) and api_token
-- (its own created/used/revoked times). EditableTableColumnsTest holds the same list.
alter table area add column created_at timestamp with time zone not null default now();
alter table area add column updated_at timestamp with time zone not null default now();
alter table theme add column created_at timestamp with time zone not null default now();
alter table theme add column updated_at timestamp with time zone not null default now();
alter table voucher_award add column updated_at timestamp with time zone not null default now();
alter table funder add column created_at timestamp with time zone not null default now();
alter table funder add column updated_at timestamp with time zone not null default now();
alter table budget_line add column updated_at timestamp with time zone not null default now();
-- recorded_at was its creation time under another name
alter table mobilised_investment rename column recorded_at to created_at;
alter table mobilised_investment add column updated_at timestamp with time zone not null default now();
alter table app_user add column updated_at timestamp with time zone not null default now();

-- updated_at is set one way: by this trigger, on every update of an editable table (the code never sets it).
-- [jooq ignore start]
create function set_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

-- one trigger per editable table, named <table>_set_updated_at
do $$
declare
    editable text;
begin
    foreach editable in array array['area', 'organisation', 'programme', 'theme', 'project', 'voucher_award',
                                    'funder', 'budget_line', 'mobilised_investment', 'app_user'] loop
        execute format('create trigger %I before update on %I for each row execute function set_updated_at()',
                       editable || '_set_updated_at', editable);
    end loop;
end
$$;
-- [jooq ignore stop]
