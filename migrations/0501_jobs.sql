-- Background jobs: deadlines and deferred work live in the database, so they fire on time after a
-- restart and are claimed by exactly one runner (FOR UPDATE SKIP LOCKED).
create table jobs (
  id bigserial primary key,
  kind text not null,
  payload jsonb not null default '{}',
  run_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed', 'cancelled')),
  attempts int not null default 0,
  locked_until timestamptz,
  last_error text,
  -- one live job per key, e.g. one deadline per application
  dedupe_key text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due on jobs (run_at) where status in ('pending', 'running');
create unique index jobs_dedupe on jobs (dedupe_key) where dedupe_key is not null and status in ('pending', 'running');

-- Every outbound email, with its outcome; bodies never hold acknowledgement tokens in clear.
create table outbound_emails (
  id bigserial primary key,
  to_address text not null,
  subject text not null,
  body text not null,
  status text not null check (status in ('sent', 'not-sent', 'failed')),
  detail text not null default '',
  related_type text,
  related_id text,
  created_at timestamptz not null default now()
);
create index outbound_emails_related on outbound_emails (related_type, related_id);
