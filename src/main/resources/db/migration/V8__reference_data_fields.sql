-- Fields that say what the sources say (issue 6, section 7: the Twente reference data read again).

-- 1. A programme's amounts are not all budget ceilings. The documents also give an "expected total
-- investment" (Regio Deal II, the microchip plan) and an investment volume that includes the money of
-- all partners (Regio Deal I: EUR 150 mln), each with its own source.
alter table programme add column expected_investment numeric(15, 2) check (expected_investment >= 0);
alter table programme add column expected_investment_source_id bigint references source (id);
alter table programme add column expected_investment_source_locator varchar;
alter table programme add column investment_volume numeric(15, 2) check (investment_volume >= 0);
alter table programme add column investment_volume_source_id bigint references source (id);
alter table programme add column investment_volume_source_locator varchar;
create index programme_expected_investment_source_idx on programme (expected_investment_source_id);
create index programme_investment_volume_source_idx on programme (investment_volume_source_id);

-- 2. Vouchers: a scheme may state the maximum of one award (training cheques of at most EUR 2,500), with
-- its own source; and a count may be unknown (null) or not exact ("ruim 1.500": AT_LEAST, "circa": ABOUT).
alter table voucher_award add column max_amount_per_award numeric(15, 2) check (max_amount_per_award >= 0);
alter table voucher_award add column max_amount_source_id bigint references source (id);
alter table voucher_award add column max_amount_source_locator varchar;
alter table voucher_award alter column quantity drop not null;
alter table voucher_award add column quantity_qualifier varchar not null default 'EXACT'
    check (quantity_qualifier in ('EXACT', 'AT_LEAST', 'ABOUT'));
-- an unknown count has nothing to qualify
alter table voucher_award add constraint voucher_award_unknown_quantity_check
    check (quantity is not null or quantity_qualifier = 'EXACT');
create index voucher_award_max_amount_source_idx on voucher_award (max_amount_source_id);
