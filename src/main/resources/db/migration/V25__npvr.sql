-- NPVR plan (issue 8): the 21 tasks (opgaven) of the Plan voor de Regio (seed 004) under their themes, each
-- with the fields of its one-page fiche and the passage of the source each text comes from; the NPVR goals and
-- principles they relate to; links to portfolio projects and to monitor indicators; the monitoring roadmap.

-- Themes; a theme may sit under a parent theme.
create table npvr_theme (
    id          bigint generated always as identity primary key,
    code        varchar not null unique,
    parent_id   bigint references npvr_theme (id),
    title_nl    varchar not null,
    title_en    varchar,
    title_de    varchar,
    position    integer not null,
    source_locator varchar,
    version     integer not null default 0,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now(),
    constraint npvr_theme_parent_check check (parent_id is null or parent_id <> id)
);
create index npvr_theme_parent_idx on npvr_theme (parent_id);

-- The NPVR goals (doelstellingen) and the Rijk's principles (uitgangspunten).
create table npvr_goal (
    id              bigint generated always as identity primary key,
    code            varchar not null unique,
    kind            varchar not null check (kind in ('GOAL', 'PRINCIPLE')),
    title_nl        varchar not null,
    title_en        varchar,
    title_de        varchar,
    description_nl  varchar,
    position        integer not null,
    source_locator  varchar
);

-- A task with its fiche; every text has the locator of its passage in seed 004. Empty where the fiche is.
create table npvr_task (
    id                         bigint generated always as identity primary key,
    number                     integer not null unique check (number between 1 and 99),
    theme_id                   bigint not null references npvr_theme (id),
    title_nl                   varchar not null,
    title_en                   varchar,
    title_de                   varchar,
    title_locator              varchar,
    task_text                  varchar,
    task_locator               varchar,
    situation                  varchar,
    situation_locator          varchar,
    ongoing                    varchar,
    ongoing_locator            varchar,
    ownership_administrative   varchar,
    ownership_executive        varchar,
    ownership_locator          varchar,
    ministries_note            varchar,
    ministries_locator         varchar,
    needed                     varchar,
    needed_locator             varchar,
    bottlenecks                varchar,
    bottlenecks_locator        varchar,
    impact                     varchar,
    impact_locator             varchar,
    interventions_rijk         varchar,
    interventions_region       varchar,
    interventions_joint        varchar,
    interventions_locator      varchar,
    follow_up                  varchar,
    follow_up_locator          varchar,
    version                    integer not null default 0,
    created_at                 timestamp with time zone not null default now(),
    updated_at                 timestamp with time zone not null default now()
);
create index npvr_task_theme_idx on npvr_task (theme_id);

-- The ministries involved in a task, in the fiche's order; the fiche marks at most one as primary.
create table npvr_task_ministry (
    task_id   bigint not null references npvr_task (id) on delete cascade,
    position  integer not null,
    name      varchar not null,
    is_primary boolean not null default false,
    primary key (task_id, position)
);
-- [jooq ignore start]
create unique index npvr_task_ministry_one_primary on npvr_task_ministry (task_id) where is_primary;
-- [jooq ignore stop]

create table npvr_task_goal (
    task_id  bigint not null references npvr_task (id) on delete cascade,
    goal_id  bigint not null references npvr_goal (id),
    primary key (task_id, goal_id)
);
create index npvr_task_goal_goal_idx on npvr_task_goal (goal_id);

create table npvr_task_project (
    task_id     bigint not null references npvr_task (id) on delete cascade,
    project_id  bigint not null references project (id) on delete cascade,
    primary key (task_id, project_id)
);
create index npvr_task_project_project_idx on npvr_task_project (project_id);

-- By indicator code, without a foreign key: the monitor owns its indicators and a code may be linked before
-- the indicator exists.
create table npvr_task_indicator (
    task_id         bigint not null references npvr_task (id) on delete cascade,
    indicator_code  varchar not null check (length(indicator_code) between 1 and 64),
    primary key (task_id, indicator_code)
);
create index npvr_task_indicator_code_idx on npvr_task_indicator (indicator_code);

-- The monitoring roadmap 2026-2029 (seed 004, "Monitoring in uitvoeringsplan").
create table npvr_milestone (
    id              bigint generated always as identity primary key,
    code            varchar not null unique,
    title_nl        varchar not null,
    title_en        varchar,
    title_de        varchar,
    planned_year    integer not null check (planned_year between 2000 and 2100),
    planned_quarter integer check (planned_quarter between 1 and 4),
    planned_date    date,
    status          varchar not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'LATE')),
    note            varchar,
    source_locator  varchar,
    position        integer not null,
    version         integer not null default 0,
    created_at      timestamp with time zone not null default now(),
    updated_at      timestamp with time zone not null default now()
);

-- [jooq ignore start]
create trigger npvr_theme_set_updated_at before update on npvr_theme for each row execute function set_updated_at();
create trigger npvr_task_set_updated_at before update on npvr_task for each row execute function set_updated_at();
create trigger npvr_milestone_set_updated_at before update on npvr_milestone
    for each row execute function set_updated_at();
create trigger audit_change after insert or update or delete on npvr_theme
    for each row execute function audit_row_change('npvr_theme', 'id');
create trigger audit_change after insert or update or delete on npvr_goal
    for each row execute function audit_row_change('npvr_goal', 'id');
create trigger audit_change after insert or update or delete on npvr_task
    for each row execute function audit_row_change('npvr_task', 'id');
create trigger audit_change after insert or update or delete on npvr_task_ministry
    for each row execute function audit_row_change('npvr_task', 'task_id');
create trigger audit_change after insert or update or delete on npvr_task_goal
    for each row execute function audit_row_change('npvr_task', 'task_id');
create trigger audit_change after insert or update or delete on npvr_task_project
    for each row execute function audit_row_change('npvr_task', 'task_id');
create trigger audit_change after insert or update or delete on npvr_task_indicator
    for each row execute function audit_row_change('npvr_task', 'task_id');
create trigger audit_change after insert or update or delete on npvr_milestone
    for each row execute function audit_row_change('npvr_milestone', 'id');
-- [jooq ignore stop]
