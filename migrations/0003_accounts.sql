-- Accounts, sessions, API tokens and the audit log.
create table users (
  id serial primary key,
  email text not null unique check (email = lower(email)),
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('secretariat', 'chair', 'delegate', 'stakeholder')),
  state_iso3 text references states(iso3),
  organisation_id int references stakeholder_organisations(id),
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  password_changed_at timestamptz not null default now(),
  -- a delegate always belongs to one State, a stakeholder to one organisation, nobody else to either
  check ((role = 'delegate') = (state_iso3 is not null)),
  check ((role = 'stakeholder') = (organisation_id is not null))
);

-- Only the SHA-256 of a session or API token is stored: a leaked table opens no session.
create table sessions (
  id text primary key,
  user_id int not null references users(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id serial primary key,
  user_id int not null references users(id),
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table audit_events (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id int references users(id),
  actor_label text not null,
  action text not null,
  item_type text not null,
  item_id text,
  before jsonb,
  after jsonb
);
create index audit_events_at on audit_events (at desc);
create index audit_events_item on audit_events (item_type, item_id);
create index audit_events_actor on audit_events (actor_id);

-- The audit log is append-only, whatever the code above it does.
create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
