-- Meeting records: processes, sessions, meetings, source documents and what a reading derives from
-- them (statements, tags, stances, proposals), with people's corrections kept apart so a new
-- machine reading never overwrites them.
create table processes (
  id serial primary key,
  slug text not null unique check (slug ~ '^[a-z0-9-]+$'),
  title text not null,
  position int not null default 0
);
insert into processes (slug, title, position) values
  ('oewg-2019-2021', 'OEWG 2019–2021', 1),
  ('oewg-2021-2025', 'OEWG 2021–2025', 2),
  ('global-mechanism', 'Global Mechanism', 3);

-- "sessions" is taken by sign-in sessions; these are the substantive sessions of a process.
create table meeting_sessions (
  id serial primary key,
  process_id int not null references processes(id),
  number int not null check (number > 0),
  title text not null,
  starts_on date,
  ends_on date,
  unique (process_id, number),
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table meetings (
  id serial primary key,
  session_id int not null references meeting_sessions(id),
  number int not null check (number > 0),
  held_on date,
  title text not null default '',
  -- the agenda topic: a pillar id when it is one, free text otherwise
  agenda_pillar text check (agenda_pillar in ('threats', 'international-law', 'norms', 'cbms', 'capacity-building', 'institutional-dialogue')),
  agenda_text text,
  unique (session_id, number)
);

create table source_documents (
  id serial primary key,
  meeting_id int references meetings(id),
  kind text not null check (kind in ('event-report', 'transcript', 'summary-record', 'position-paper', 'statement', 'contribution', 'other')),
  title text not null default '',
  author text,
  filename text not null,
  media_type text not null,
  format text not null,
  original bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size int not null,
  extracted_text text not null,
  language text not null default 'en' check (language in ('en', 'ar', 'zh', 'fr', 'ru', 'es')),
  un_symbol text,
  origin_url text,
  warnings jsonb not null default '[]',
  status text not null default 'draft' check (status in ('draft', 'published')),
  visibility text not null default 'public' check (visibility in ('public', 'states', 'secretariat', 'owner')),
  uploaded_by int references users(id),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  published_by int references users(id)
);
create index source_documents_meeting on source_documents (meeting_id);
create index source_documents_sha on source_documents (sha256);

create table statements (
  id bigserial primary key,
  document_id int not null references source_documents(id) on delete cascade,
  meeting_id int references meetings(id),
  position int not null,
  speaker_kind text not null check (speaker_kind in ('state', 'group', 'stakeholder', 'chair', 'secretariat', 'un-entity')),
  speaker_id text not null,
  delivered_by text references states(iso3),
  speaker_source text not null default 'machine' check (speaker_source in ('machine', 'person')),
  speaker_cue text not null default '',
  text text not null,
  paragraphs int[] not null,
  first_paragraph int not null,
  last_paragraph int not null,
  char_start int not null,
  char_end int not null,
  took_floor_again boolean not null default false,
  search tsvector generated always as (to_tsvector('english', text)) stored,
  unique (document_id, position),
  check (last_paragraph >= first_paragraph)
);
create index statements_search on statements using gin (search);
create index statements_speaker on statements (speaker_id);
create index statements_meeting on statements (meeting_id);

create table statement_tags (
  id bigserial primary key,
  statement_id bigint not null references statements(id) on delete cascade,
  pillar_id text,
  element_id text,
  confidence real not null check (confidence >= 0 and confidence <= 1),
  explanation text not null default '',
  source text not null check (source in ('machine', 'person')),
  check ((pillar_id is null) <> (element_id is null))
);
create index statement_tags_statement on statement_tags (statement_id);
create index statement_tags_pillar on statement_tags (pillar_id) where pillar_id is not null;
create index statement_tags_element on statement_tags (element_id) where element_id is not null;

create table statement_stances (
  id bigserial primary key,
  statement_id bigint not null references statements(id) on delete cascade,
  question_id text not null references stance_questions(id),
  value text not null check (value in ('supports', 'opposes', 'premature', 'open', 'conditional')),
  evidence text not null,
  confidence real not null check (confidence >= 0 and confidence <= 1),
  explanation text not null default '',
  source text not null check (source in ('machine', 'person')),
  unique (statement_id, question_id)
);
create index statement_stances_question on statement_stances (question_id);

create table proposals (
  id serial primary key,
  document_id int not null references source_documents(id) on delete cascade,
  meeting_id int references meetings(id),
  statement_id bigint references statements(id) on delete set null,
  proposer text not null,
  paragraph int not null,
  char_start int not null,
  char_end int not null,
  summary text not null,
  status text not null default 'proposed' check (status in ('proposed', 'under-discussion', 'agreed', 'not-pursued')),
  status_set_by int references users(id),
  status_set_at timestamptz
);
create index proposals_document on proposals (document_id);

create table proposal_supporters (
  proposal_id int not null references proposals(id) on delete cascade,
  participant text not null,
  position text not null check (position in ('support', 'oppose')),
  statement_id bigint references statements(id) on delete set null,
  primary key (proposal_id, participant, position)
);

-- A person's correction, replayed over every new machine reading of the document. Statements are
-- addressed by their first paragraph, which survives re-reading where row ids do not.
create table record_corrections (
  id bigserial primary key,
  document_id int not null references source_documents(id) on delete cascade,
  anchor_paragraph int not null,
  field text not null check (field in ('speaker', 'split', 'merge', 'pillar', 'element', 'stance')),
  before jsonb,
  after jsonb not null,
  corrected_by int references users(id),
  corrected_by_label text not null,
  corrected_at timestamptz not null default now()
);
create index record_corrections_document on record_corrections (document_id, id);

-- The trained layer over the lexicon classifier: weights as JSON, one row per training run.
create table classifier_models (
  id serial primary key,
  version int not null unique,
  kind text not null default 'naive-bayes',
  weights jsonb not null,
  examples int not null,
  trained_at timestamptz not null default now(),
  trained_by text not null
);
