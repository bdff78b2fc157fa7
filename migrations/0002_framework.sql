-- The agreed framework: a version owns its pillars and elements, so a later framework (the Global
-- Mechanism's) is a new version and old tags keep their meaning.
create table framework_versions (
  id text primary key,
  title text not null,
  is_current boolean not null default false,
  created_at timestamptz not null default now()
);
create unique index framework_versions_one_current on framework_versions (is_current) where is_current;

create table pillars (
  framework_version text not null references framework_versions(id),
  id text not null,
  position int not null,
  title text not null,
  description text not null,
  source_symbol text,
  source_paragraph text,
  lexicon text[] not null default '{}',
  primary key (framework_version, id)
);

create table elements (
  framework_version text not null,
  id text not null,
  pillar_id text not null,
  position int not null,
  title text not null,
  description text not null,
  source_symbol text not null,
  source_paragraph text not null,
  lexicon text[] not null default '{}',
  primary key (framework_version, id),
  foreign key (framework_version, pillar_id) references pillars (framework_version, id)
);
create index elements_pillar on elements (framework_version, pillar_id);

-- Stance questions are data: the Secretariat can add one.
create table stance_questions (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  question text not null,
  pillar_id text not null,
  element_id text,
  lexicon jsonb not null default '{}',
  position int not null default 0,
  created_at timestamptz not null default now()
);
