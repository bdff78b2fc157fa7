-- How the compiled analysis treats each reporting cycle, set by the Secretariat.
-- series: progress compares a cycle with the previous cycle of the same series, so a one-off survey
--   is never the baseline of a regular cycle. A cycle without a row belongs to the series its code
--   names without the trailing numbers (OEWG-2026-1 → OEWG, SURVEY-2025 → SURVEY).
-- min_reports: how many submitted reports make a still-open cycle's figures the public ones (element
--   pages, State profiles); without it, the installation's ACCORD_MIN_PUBLISHED_REPORTS. A closed
--   cycle is always publishable.
create table analysis_cycle_settings (
  cycle_id int primary key references reporting_cycles(id),
  series text not null check (series ~ '^[A-Z0-9-]{2,40}$'),
  min_reports int check (min_reports between 1 and 1000),
  updated_by int references users(id),
  updated_at timestamptz not null default now()
);
create index analysis_cycle_settings_series on analysis_cycle_settings (series);
