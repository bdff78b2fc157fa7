-- National implementation reports: cycles, expected States, reports (mutable draft working copy),
-- immutable submitted revisions with receipts, capacity needs per revision, translations, reminders,
-- pending imports. Revisions, their capacity needs and translations are append-only.

create table reporting_cycles (
  id serial primary key,
  -- receipt prefix, e.g. OEWG-2026-1
  code text not null unique check (code ~ '^[A-Z0-9-]{3,40}$'),
  title text not null,
  framework_version text not null references framework_versions(id),
  opens_on date not null,
  due_on date not null,
  closes_on date not null,
  demo boolean not null default false,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  check (opens_on <= due_on and due_on <= closes_on)
);

create table reporting_expected_states (
  cycle_id int not null references reporting_cycles(id),
  state_iso3 text not null references states(iso3),
  -- set by the Secretariat to let this one State submit after closes_on
  reopened_until timestamptz,
  reopened_by int references users(id),
  primary key (cycle_id, state_iso3)
);
create index reporting_expected_states_state on reporting_expected_states (state_iso3);

create table national_reports (
  id serial primary key,
  cycle_id int not null references reporting_cycles(id),
  state_iso3 text not null references states(iso3),
  language text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  -- chosen by the State; applies to every revision
  visibility text not null default 'secretariat' check (visibility in ('public', 'states', 'secretariat')),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'withdrawn')),
  -- the working copy: only the owner delegation reads it; saves are optimistic (lock_version)
  draft_answers jsonb not null default '{}',
  lock_version int not null default 0,
  draft_saved_at timestamptz,
  draft_saved_by int references users(id),
  current_revision int not null default 0,
  first_submitted_at timestamptz,
  last_submitted_at timestamptz,
  withdrawn_at timestamptz,
  withdrawn_by int references users(id),
  withdrawal_reason text,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  unique (cycle_id, state_iso3)
);
create index national_reports_state on national_reports (state_iso3);

create table national_report_revisions (
  report_id int not null references national_reports(id),
  revision int not null check (revision > 0),
  answers jsonb not null,
  language text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  receipt text not null unique,
  -- SHA-256 of the canonical JSON of answers, printed on the receipt
  checksum text not null,
  submitted_at timestamptz not null default now(),
  submitted_by int references users(id),
  submitted_by_label text not null,
  on_time boolean not null,
  search tsvector generated always as (jsonb_to_tsvector('english', answers, '["string"]')) stored,
  primary key (report_id, revision)
);
create index national_report_revisions_search on national_report_revisions using gin (search);

-- One row per capacity need of each revision, so the compiled analysis can aggregate without jsonb.
create table national_report_capacity_needs (
  id bigserial primary key,
  report_id int not null,
  revision int not null,
  position int not null,
  element_id text not null,
  kind text not null check (kind in ('training', 'technical-assistance', 'equipment', 'legal-policy-advice', 'funding', 'other')),
  priority text not null check (priority in ('high', 'medium', 'low')),
  description text not null default '',
  foreign key (report_id, revision) references national_report_revisions (report_id, revision)
);
create index national_report_capacity_needs_rev on national_report_capacity_needs (report_id, revision);
create index national_report_capacity_needs_element on national_report_capacity_needs (element_id);

create table national_report_translations (
  id serial primary key,
  report_id int not null,
  revision int not null,
  language text not null check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
  method text not null check (method in ('human', 'machine')),
  answers jsonb not null,
  translator text not null default '',
  created_by int references users(id),
  created_at timestamptz not null default now(),
  foreign key (report_id, revision) references national_report_revisions (report_id, revision)
);
create index national_report_translations_rev on national_report_translations (report_id, revision);

create table reporting_reminders (
  id serial primary key,
  cycle_id int not null references reporting_cycles(id),
  state_iso3 text not null references states(iso3),
  note text not null default '',
  sent_at timestamptz not null default now(),
  sent_by int references users(id),
  foreign key (cycle_id, state_iso3) references reporting_expected_states (cycle_id, state_iso3)
);
create index reporting_reminders_cycle on reporting_reminders (cycle_id, state_iso3);

-- An uploaded DOCX/JSON/CSV waiting for the delegate's confirmation (the preview step).
create table national_report_imports (
  id serial primary key,
  report_id int not null references national_reports(id),
  format text not null check (format in ('docx', 'json', 'csv')),
  answers jsonb not null,
  base_lock_version int not null,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  confirmed_at timestamptz
);

-- The HMAC key that signs DOCX templates; one per installation, made on first use.
create table reporting_template_keys (
  id int primary key check (id = 1),
  secret text not null
);

create function reporting_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;
create trigger national_report_revisions_append_only before update or delete on national_report_revisions
  for each row execute function reporting_append_only();
create trigger national_report_capacity_needs_append_only before update or delete on national_report_capacity_needs
  for each row execute function reporting_append_only();
create trigger national_report_translations_append_only before update or delete on national_report_translations
  for each row execute function reporting_append_only();
