create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar not null unique,
    display_name  varchar,
    password_hash varchar not null,
    role          varchar not null check (role in ('ADMIN', 'PROGRAMME_MANAGER', 'PROJECT_LEAD', 'VIEWER')),
    enabled       boolean not null default true,
    version       integer not null default 0,
    created_at    timestamp with time zone not null default now()
);

-- The programmes a programme manager manages.
create table user_programme (
    user_id      bigint not null references app_user (id) on delete cascade,
    programme_id bigint not null references programme (id) on delete cascade,
    primary key (user_id, programme_id)
);
create index user_programme_programme_idx on user_programme (programme_id);

-- The projects a project lead leads.
create table user_project (
    user_id    bigint not null references app_user (id) on delete cascade,
    project_id bigint not null references project (id) on delete cascade,
    primary key (user_id, project_id)
);
create index user_project_project_idx on user_project (project_id);

-- Personal API tokens; only a hash is stored.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         varchar not null,
    token_hash   varchar not null unique,
    created_at   timestamp with time zone not null default now(),
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index api_token_user_idx on api_token (user_id);

-- Who changed what, when.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamp with time zone not null default now(),
    username    varchar not null,
    action      varchar not null,
    entity_type varchar not null,
    entity_id   bigint,
    detail      varchar
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_occurred_idx on audit_event (occurred_at);
