-- Processes as data: a process has bodies (its plenary, organizational session, dedicated thematic
-- groups, intersessional meetings, review conference), cycles (the Global Mechanism works in biennial
-- cycles, each ending in a progress report), and each session belongs to a body, has a meeting type,
-- may fall in a cycle and carries its agenda items.
--
-- Numbered 0104, not in the foundation range: it alters meeting_sessions (0100_records.sql), and
-- migrations run in name order on a new database. Reporting cycles and drafts get their process in
-- 0490_process_ownership.sql, after the tables they alter exist.

create table process_bodies (
  id serial primary key,
  process_id int not null references processes(id),
  slug text not null check (slug ~ '^[a-z0-9-]+$' and length(slug) <= 60),
  kind text not null check (kind in ('plenary', 'organizational', 'dtg', 'intersessional', 'review-conference', 'working-group')),
  title text not null check (length(title) between 3 and 200),
  theme text check (theme is null or length(theme) <= 1000),
  position int not null default 0,
  unique (process_id, slug)
);

create table process_cycles (
  id serial primary key,
  process_id int not null references processes(id),
  slug text not null check (slug ~ '^[a-z0-9-]+$' and length(slug) <= 60),
  title text not null check (length(title) between 3 and 200),
  starts_on date not null,
  ends_on date not null,
  -- what the cycle ends in, e.g. 'progress report' (adopted by consensus for the Global Mechanism)
  outcome text not null default '' check (length(outcome) <= 200),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  unique (process_id, slug),
  check (ends_on >= starts_on)
);

alter table meeting_sessions add column body_id int references process_bodies(id);
alter table meeting_sessions add column meeting_type text not null default 'substantive'
  check (meeting_type in ('organizational', 'substantive', 'dtg', 'intersessional', 'review-conference', 'informal'));
alter table meeting_sessions add column cycle_id int references process_cycles(id);
-- Sessions are numbered within their body (the first DTG meeting and the first plenary session are both 1).
alter table meeting_sessions drop constraint meeting_sessions_process_id_number_key;
create unique index meeting_sessions_body_number on meeting_sessions (process_id, coalesce(body_id, 0), number);
create index meeting_sessions_cycle on meeting_sessions (cycle_id) where cycle_id is not null;

create table agenda_items (
  id serial primary key,
  session_id int not null references meeting_sessions(id) on delete cascade,
  number text not null check (length(number) between 1 and 20),
  title text not null check (length(title) between 2 and 500),
  pillar text check (pillar in ('threats', 'international-law', 'norms', 'cbms', 'capacity-building', 'institutional-dialogue')),
  position int not null default 0,
  unique (session_id, number)
);

-- Every process sits in plenary; the Global Mechanism's bodies as its elements name them (annex C to
-- A/79/214, annex I to A/80/257). Titles and themes are data: the Secretariat adds or renames bodies.
insert into process_bodies (process_id, slug, kind, title, position)
  select id, 'plenary', 'plenary', 'Substantive plenary sessions', 1 from processes;
insert into process_bodies (process_id, slug, kind, title, theme, position)
  select p.id, b.slug, b.kind, b.title, b.theme, b.position
  from processes p, (values
    ('organizational', 'organizational', 'Organizational session', null, 0),
    ('dtg-specific-challenges', 'dtg', 'Dedicated thematic group on specific challenges',
      'Action-oriented discussion of specific challenges across the pillars of the framework', 2),
    ('dtg-capacity-building', 'dtg', 'Dedicated thematic group on capacity-building',
      'ICT security capacity-building', 3),
    ('review-conference', 'review-conference', 'Review conference', null, 9)
  ) as b(slug, kind, title, theme, position)
  where p.slug = 'global-mechanism';

-- Existing sessions are substantive sessions of their process's plenary.
update meeting_sessions s set body_id = b.id, meeting_type = 'substantive'
  from process_bodies b where b.process_id = s.process_id and b.slug = 'plenary';

-- A session created without a body (as the records capability does) sits in its process's plenary.
create function meeting_sessions_default_body() returns trigger language plpgsql as $$
begin
  if new.body_id is null then
    select id into new.body_id from process_bodies
      where process_id = new.process_id and kind = 'plenary' order by position, id limit 1;
  end if;
  return new;
end $$;
create trigger meeting_sessions_default_body before insert on meeting_sessions
  for each row execute function meeting_sessions_default_body();
