-- In-app notices to a delegation (reminders, communication checks): shown on its tasks page whether
-- or not any email reached anyone. The text is data (a catalogue key and its parameters), so each
-- reader sees it in their own language.
create table notices (
  id bigserial primary key,
  state_iso3 text not null references states(iso3),
  kind text not null check (kind in ('reporting.reminder', 'ping.started', 'ping.follow_up')),
  message_key text not null,
  params jsonb not null default '{}',
  link text,
  created_at timestamptz not null default now()
);
create index notices_state on notices (state_iso3, created_at desc);
