-- Issue 7, notifications: an optional e-mail address per user, to which the review workflow's mails go.
alter table app_user add column email varchar;

-- Reminders sent to a lead about missing updates of a closed period: at most one per period and lead. The job
-- claims a row before it mails, so the unique key also keeps instances from sending the same reminder twice.
create table update_reminder (
    period_id bigint not null references reporting_period (id) on delete cascade,
    user_id   bigint not null references app_user (id) on delete cascade,
    sent_at   timestamp with time zone not null default now(),
    primary key (period_id, user_id)
);
create index update_reminder_user_idx on update_reminder (user_id);
