-- Voucher counts and result values share one qualifier (shared.ValueQualifier): a count may also be an
-- upper bound ("tot 200 vouchers").
-- [jooq ignore start]
alter table voucher_award drop constraint voucher_award_quantity_qualifier_check;
alter table voucher_award add constraint voucher_award_quantity_qualifier_check
    check (quantity_qualifier in ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST'));
-- [jooq ignore stop]
