-- Issue 7, reference data: where an update's value comes from (document or dataset and the place in it), like the
-- baseline and target of an indicator, and a note when another passage of the same source states a different figure
-- for the same thing. The note is the flag: the value is stored as its passage says it, never silently chosen.
alter table result_update add column source_id bigint references source (id);
alter table result_update add column source_locator varchar;
alter table result_update add column source_disagreement varchar;
create index result_update_source_idx on result_update (source_id);
