-- Dedicated thematic groups of the Global Mechanism: each DTG meeting (a meeting of a session whose
-- meeting_type is 'dtg', migrations/0104_processes.sql) is led by co-facilitators and guided by the
-- Chair's guiding questions. Both belong to the meeting, not to the body: the questions change from
-- one meeting of a group to the next, and so may the facilitators.
--
-- That a meeting is a DTG meeting is checked by the write commands (src/thematicGroups/), not here:
-- a session's type may be corrected later, and its questions should not vanish with it.

create table meeting_facilitators (
  id serial primary key,
  meeting_id int not null references meetings(id) on delete cascade,
  -- the person as the record names them: "Ms Amara Okafor"
  name text not null check (length(name) between 2 and 120),
  -- the State they come from, when they come from one (the usual case for co-facilitators)
  state_iso3 text references states(iso3),
  -- an affiliation written out, when not a State (or beside it)
  affiliation text not null default '' check (length(affiliation) <= 200),
  position int not null default 0,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  unique (meeting_id, name)
);
create index meeting_facilitators_meeting on meeting_facilitators (meeting_id, position);

create table guiding_questions (
  id serial primary key,
  meeting_id int not null references meetings(id) on delete cascade,
  -- 1, 2, 3 … as the Chair numbered them; records refer to "the second guiding question"
  number int not null check (number > 0),
  text text not null check (length(text) between 10 and 2000),
  -- the framework version the element and pillar are read in (the meeting's process's version)
  framework_version text references framework_versions(id),
  pillar_id text,
  element_id text,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  unique (meeting_id, number),
  check ((pillar_id is null and element_id is null) or framework_version is not null),
  foreign key (framework_version, pillar_id) references pillars (framework_version, id),
  foreign key (framework_version, element_id) references elements (framework_version, id)
);
create index guiding_questions_meeting on guiding_questions (meeting_id, number);

-- The facilitator as a speaker the reader recognises ("The co-facilitator asked…"), beside the
-- Chair and Vice-Chair (0005_more_speakers.sql); a new database gets it from the seed.
insert into organisations (id, name, kind, aliases)
select 'facilitator', 'The Co-Facilitator', 'un-entity', array['Co-Facilitator', 'Co-facilitator', 'Facilitator']
where exists (select 1 from organisations)
on conflict (id) do nothing;
