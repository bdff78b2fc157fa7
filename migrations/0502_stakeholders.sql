-- Stakeholder accreditation (ECOSOC confirmation or the no-objection procedure) and contributions.
create table accreditation_applications (
  id serial primary key,
  organisation_name text not null check (length(trim(organisation_name)) between 2 and 200),
  kind text not null check (kind in ('ngo', 'private-sector', 'academia', 'technical-community')),
  country_iso3 text references states(iso3),
  ecosoc_status text not null check (ecosoc_status in ('general', 'special', 'roster', 'none')),
  website text,
  description text not null,
  contact_name text not null,
  contact_email text not null check (contact_email = lower(contact_email)),
  procedure text not null check (procedure in ('ecosoc', 'no-objection')),
  status text not null check (status in ('awaiting-confirmation', 'objection-window', 'accredited', 'not-accredited')),
  window_opened_at timestamptz,
  deadline_at timestamptz,
  working_days int,
  organisation_id int references stakeholder_organisations(id),
  outcome_notice text,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  check ((status = 'objection-window') <= (deadline_at is not null))
);
-- An organisation has at most one live or successful application: a second one is a duplicate.
create unique index accreditation_applications_live_name on accreditation_applications (lower(organisation_name))
  where status in ('awaiting-confirmation', 'objection-window', 'accredited');
create index accreditation_applications_status on accreditation_applications (status);

-- Append-only: every change of status, by whom and why.
create table accreditation_status_history (
  id bigserial primary key,
  application_id int not null references accreditation_applications(id),
  status text not null,
  at timestamptz not null default now(),
  actor_label text not null,
  note text not null default ''
);
create index accreditation_status_history_app on accreditation_status_history (application_id, at);

create table accreditation_objections (
  id serial primary key,
  application_id int not null references accreditation_applications(id),
  state_iso3 text not null references states(iso3),
  -- the general basis, addressed to the Chair; optional
  basis text not null default '',
  -- the objecting State chooses whether all States (and the applicant) may know it objected
  shared_with_states boolean not null default false,
  created_by int not null references users(id),
  created_at timestamptz not null default now(),
  unique (application_id, state_iso3)
);

-- Written contributions of accredited organisations: always stakeholder input, never a State position.
-- session_label / process_name are free text until linked to the meeting record (session_id, later).
create table stakeholder_contributions (
  id serial primary key,
  organisation_id int not null references stakeholder_organisations(id),
  session_label text not null,
  process_name text,
  session_id int,
  title text not null,
  summary text not null,
  filename text not null,
  media_type text not null default 'application/octet-stream',
  bytes bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  body_text text not null,
  framework_version text not null,
  pillar_ids text[] not null default '{}',
  element_ids text[] not null default '{}',
  suggested_element_ids text[] not null default '{}',
  submitted_by int not null references users(id),
  created_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body_text), 'C')
  ) stored
);
create index stakeholder_contributions_search on stakeholder_contributions using gin (search);
create index stakeholder_contributions_org on stakeholder_contributions (organisation_id);
create index stakeholder_contributions_elements on stakeholder_contributions using gin (element_ids);
