-- A pending upload (national_report_imports) is kept only for its confirmation step: the delegate
-- confirms or cancels it, and it is refused a day after it was made. Cancelling records when.
alter table national_report_imports add column cancelled_at timestamptz;
