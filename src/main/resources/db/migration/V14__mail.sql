-- Issue 7, notifications: an optional e-mail address per user, to which the review workflow's mails go.
alter table app_user add column email varchar;
