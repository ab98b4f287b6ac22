-- Analysts maintain the regional monitor (issue 8). PostgreSQL named the inline check app_user_role_check.
-- [jooq ignore start]
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'PROGRAMME_MANAGER', 'PROJECT_LEAD', 'VIEWER', 'ANALYST'));
-- [jooq ignore stop]
