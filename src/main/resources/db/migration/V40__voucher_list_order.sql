-- The voucher list's default order (newest awards first: the award year, else the year of the date; then the date,
-- the scheme and the id), as VoucherRepository.order writes it: its first page reads 50 rows of this index instead of
-- sorting every award (issue 10: 5,000 awards nationally).
-- [jooq ignore start]
create index voucher_award_newest_idx on voucher_award
    ((coalesce(award_year, extract(year from awarded_on))) desc nulls last, awarded_on desc nulls last, scheme, id);
-- [jooq ignore stop]
