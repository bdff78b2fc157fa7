-- Stakeholder modalities per process. Each process accredits on its own terms (the Global Mechanism
-- opened its own list rather than inheriting the OEWG's), so accreditation, its basis and whether an
-- accreditation to an earlier process carries over are data the Secretariat sets, not code.

-- One row per process: which bases it accepts, how long States have to object, and from which
-- process (if any) an accreditation carries over. Carry-over is off unless the Secretariat sets it.
create table stakeholder_modalities (
  process_id int primary key references processes(id),
  ecosoc_basis boolean not null default true,
  no_objection_basis boolean not null default true,
  -- null: the installation's default (ACCORD_NO_OBJECTION_WORKING_DAYS)
  objection_working_days int check (objection_working_days between 1 and 60),
  carry_over_from int references processes(id),
  updated_by int references users(id),
  updated_at timestamptz not null default now(),
  check (ecosoc_basis or no_objection_basis),
  check (carry_over_from is distinct from process_id)
);
insert into stakeholder_modalities (process_id) select id from processes;

-- Every application is for one process; the ones made before are the OEWG 2021–2025's.
alter table accreditation_applications add column process_id int references processes(id);
update accreditation_applications set process_id = (select id from processes where slug = 'oewg-2021-2025');
alter table accreditation_applications alter column process_id set not null;
alter table accreditation_applications drop constraint accreditation_applications_procedure_check;
alter table accreditation_applications add constraint accreditation_applications_procedure_check
  check (procedure in ('ecosoc', 'no-objection', 'carried-over'));
-- An organisation has at most one live or successful application per process.
drop index accreditation_applications_live_name;
create unique index accreditation_applications_live_name on accreditation_applications (process_id, lower(organisation_name))
  where status in ('awaiting-confirmation', 'objection-window', 'accredited');
create index accreditation_applications_process on accreditation_applications (process_id, status);

-- Which organisation is accredited to which process, and on what basis. 'listed': on the list of
-- organisations before accreditation was kept per process.
create table process_accreditations (
  id serial primary key,
  organisation_id int not null references stakeholder_organisations(id),
  process_id int not null references processes(id),
  basis text not null check (basis in ('ecosoc', 'no-objection', 'carried-over', 'listed')),
  application_id int references accreditation_applications(id),
  carried_over_from int references processes(id),
  accredited_at timestamptz not null default now(),
  unique (organisation_id, process_id),
  check ((basis = 'carried-over') = (carried_over_from is not null))
);
insert into process_accreditations (organisation_id, process_id, basis, application_id, accredited_at)
  select a.organisation_id, a.process_id, a.procedure, a.id, coalesce(a.decided_at, a.created_at)
  from accreditation_applications a where a.status = 'accredited' and a.organisation_id is not null
  on conflict do nothing;
insert into process_accreditations (organisation_id, process_id, basis)
  select o.id, p.id, 'listed' from stakeholder_organisations o, processes p
  where p.slug = 'oewg-2021-2025'
  on conflict do nothing;

-- Named representatives an accredited organisation registers for one meeting of its process.
create table stakeholder_representatives (
  id serial primary key,
  organisation_id int not null references stakeholder_organisations(id),
  meeting_id int not null references meetings(id),
  name text not null check (length(trim(name)) between 2 and 200),
  email text not null check (email = lower(email)),
  function text not null default '' check (length(function) <= 200),
  registered_by int references users(id),
  created_at timestamptz not null default now(),
  unique (meeting_id, email)
);
create index stakeholder_representatives_org on stakeholder_representatives (organisation_id, meeting_id);

-- The public interest list: anyone may ask to receive communications about a process. Double
-- opt-in: an address is on the list only once its owner followed the confirmation link.
create table interest_subscribers (
  id serial primary key,
  process_id int not null references processes(id),
  name text not null check (length(trim(name)) between 2 and 200),
  email text not null check (email = lower(email)),
  affiliation text not null default '' check (length(affiliation) <= 200),
  language text not null check (language in ('en', 'ar', 'zh', 'fr', 'ru', 'es')),
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'unsubscribed')),
  -- when the last email to this address was queued: repeated sign-ups within minutes send nothing more
  last_mailed_at timestamptz,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  unsubscribed_at timestamptz,
  unique (process_id, email)
);
create index interest_subscribers_status on interest_subscribers (process_id, status);

-- Links in interest-list emails carry a random token; only its SHA-256 is kept. A confirmation
-- token expires; every email carries its own unsubscribe token, which does not.
create table interest_tokens (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  subscriber_id int not null references interest_subscribers(id),
  purpose text not null check (purpose in ('confirm', 'unsubscribe')),
  expires_at timestamptz,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  check ((purpose = 'confirm') = (expires_at is not null))
);
create index interest_tokens_subscriber on interest_tokens (subscriber_id);
