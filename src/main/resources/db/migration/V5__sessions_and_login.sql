-- Web sessions of Spring Session JDBC (its schema-postgresql.sql), shared by every application instance.
-- principal_name (the username) is indexed so that a user's sessions can be found and ended.
create table spring_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval integer not null,
    expiry_time           bigint not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);

-- Log-in attempts, counted per account name (as typed, also names that do not exist) and per client
-- address to throttle password guessing across all instances. A row is written before the password is
-- checked (so parallel guesses count at once), kept when the attempt failed and deleted when it
-- succeeded or was refused by the throttle; rows older than a day are deleted. Log-ins themselves are
-- recorded in the audit trail, as events.
create table login_attempt (
    id             bigint generated always as identity primary key,
    username       varchar(200) not null,
    client_address varchar(100) not null,
    attempted_at      timestamp with time zone not null default now()
);
create index login_attempt_username_idx on login_attempt (username, attempted_at);
create index login_attempt_address_idx on login_attempt (client_address, attempted_at);
create index login_attempt_attempted_at_idx on login_attempt (attempted_at);
