-- Framework versions with a mapping: each process reads and tags under its own framework version,
-- and every element of a version points to its successor in the next one, so an item tagged under
-- the OEWG's framework shows under the Global Mechanism's and the other way round.
--
-- This file runs before 0100_records.sql on a new database (name order), so it cannot alter the
-- processes table created there: a process's version is a row here keyed by the process's slug
-- (slugs are stable: oewg-2019-2021, oewg-2021-2025, global-mechanism). The rows themselves are
-- written by the seed, which runs after every migration (src/framework/seed.ts).
alter table framework_versions add column predecessor text references framework_versions(id);
alter table framework_versions add column source text not null default '';
-- The version's title in the other five UN languages: { "fr": { "title": "…" }, … }.
alter table framework_versions add column translations jsonb not null default '{}';

create table process_frameworks (
  process_slug text primary key check (process_slug ~ '^[a-z0-9-]+$'),
  framework_version text not null references framework_versions(id),
  set_at timestamptz not null default now()
);
create index process_frameworks_version on process_frameworks (framework_version);

-- 'same': the element carries over unchanged; 'part-of': it is now part of a broader element;
-- 'split': it is divided among several successors (one row per successor).
create table element_mappings (
  id serial primary key,
  from_version text not null,
  from_element text not null,
  to_version text not null,
  to_element text not null,
  relation text not null check (relation in ('same', 'part-of', 'split')),
  note text not null default '' check (length(note) <= 1000),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  check (from_version <> to_version),
  unique (from_version, from_element, to_version, to_element),
  foreign key (from_version, from_element) references elements (framework_version, id),
  foreign key (to_version, to_element) references elements (framework_version, id)
);
create index element_mappings_to on element_mappings (to_version, to_element);
