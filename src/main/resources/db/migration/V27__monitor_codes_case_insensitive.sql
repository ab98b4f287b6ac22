-- Indicator and set codes are unique regardless of case, as programme and theme codes are (V7): the forms check
-- this, and these indexes make two concurrent saves of "POPULATION" and "Population" fail on the second
-- (mapped to the form's field error by shared.UniqueViolations). The plain unique constraints stay for the
-- exact look-ups by code.
-- [jooq ignore start]
create unique index monitor_indicator_code_lower_key on monitor_indicator (lower(code));
create unique index indicator_set_code_lower_key on indicator_set (lower(code));
-- [jooq ignore stop]
