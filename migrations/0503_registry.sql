-- The registry of existing mechanisms: each change is a new revision (append-only).
create table mechanisms (
  id serial primary key,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create table mechanism_revisions (
  id serial primary key,
  mechanism_id int not null references mechanisms(id),
  revision int not null,
  name text not null,
  parent_organisation text not null,
  kind text not null check (kind in ('un-body', 'regional-organisation', 'treaty-body', 'programme', 'forum')),
  mandate_text text not null,
  mandate_source text not null,
  framework_version text not null,
  pillar_ids text[] not null default '{}',
  element_ids text[] not null default '{}',
  membership text not null default '',
  meeting_frequency text not null default '',
  website text,
  note text not null default '',
  created_by_label text not null,
  created_at timestamptz not null default now(),
  unique (mechanism_id, revision)
);
create view mechanism_current as
  select distinct on (r.mechanism_id) r.*, m.slug, m.demo
  from mechanism_revisions r join mechanisms m on m.id = r.mechanism_id
  order by r.mechanism_id, r.revision desc;

-- Points of contact: the identity row never changes; every edit (and retirement) is a new revision.
create table points_of_contact (
  id serial primary key,
  state_iso3 text not null references states(iso3),
  created_at timestamptz not null default now()
);
create index points_of_contact_state on points_of_contact (state_iso3);
create table poc_revisions (
  id serial primary key,
  poc_id int not null references points_of_contact(id),
  revision int not null,
  name text not null,
  role text not null check (role in ('diplomatic', 'technical')),
  organisation text not null,
  email text not null check (email = lower(email)),
  phone text not null check (phone ~ '^\+[1-9][0-9]{6,14}$'),
  languages text[] not null default '{}',
  time_zone text not null,
  active boolean not null default true,
  created_by_label text not null,
  created_at timestamptz not null default now(),
  unique (poc_id, revision)
);
create view poc_current as
  select distinct on (r.poc_id) r.*, p.state_iso3
  from poc_revisions r join points_of_contact p on p.id = r.poc_id
  order by r.poc_id, r.revision desc;

-- Communication checks ("pings") and template communications between States.
create table ping_rounds (
  id serial primary key,
  note text not null default '',
  all_states boolean not null,
  state_iso3s text[] not null default '{}',
  started_by_label text not null,
  started_at timestamptz not null default now(),
  expires_at timestamptz not null,
  demo boolean not null default false
);
create table communications (
  id serial primary key,
  template text not null check (template in ('assistance-13h', 'incident-notification', 'general')),
  from_state_iso3 text not null references states(iso3),
  to_state_iso3 text not null references states(iso3),
  subject text not null,
  body text not null,
  created_by int not null references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index communications_states on communications (from_state_iso3, to_state_iso3);

-- One acknowledgement request per point of contact per round or communication; only the SHA-256 of
-- the link's token is stored.
create table ack_requests (
  id serial primary key,
  ping_round_id int references ping_rounds(id),
  communication_id int references communications(id),
  poc_id int not null references points_of_contact(id),
  poc_revision_id int not null references poc_revisions(id),
  state_iso3 text not null references states(iso3),
  email text not null,
  token_hash text not null unique,
  sent_at timestamptz not null default now(),
  expires_at timestamptz not null,
  email_status text not null default 'not-sent' check (email_status in ('sent', 'not-sent', 'failed')),
  email_detail text not null default '',
  acknowledged_at timestamptz,
  ack_ms bigint,
  check ((ping_round_id is null) <> (communication_id is null))
);
create index ack_requests_round on ack_requests (ping_round_id);
create index ack_requests_comm on ack_requests (communication_id);

-- Refused acknowledgement attempts (reused, expired, forged links): kept for the Secretariat.
create table ack_attempts (
  id bigserial primary key,
  at timestamptz not null default now(),
  outcome text not null check (outcome in ('reused', 'expired', 'forged')),
  token_prefix text not null,
  ack_request_id int references ack_requests(id),
  client text not null default ''
);
