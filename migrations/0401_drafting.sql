-- The drafting workbench: the reference corpus of agreed language, drafts and their versions,
-- paragraphs, the change history that links every change to its amendment, and amendments.

create table reference_documents (
  id serial primary key,
  symbol text not null unique check (length(symbol) between 1 and 100),
  title text not null,
  issued_on date,
  consensus boolean not null default false,
  filename text,
  format text not null,
  sha256 text not null,
  -- kept byte for byte, so the text can be re-extracted when the extractor improves
  original bytea not null,
  text text not null,
  imported_by int references users(id),
  created_at timestamptz not null default now()
);

create table reference_paragraphs (
  document_id int not null references reference_documents(id) on delete cascade,
  position int not null,
  paragraph text not null,
  text text not null,
  primary key (document_id, position)
);

create table drafts (
  id serial primary key,
  title text not null check (length(title) between 3 and 200),
  process text,
  -- stakeholders may comment only while the Chair keeps the draft open to them
  open_to_stakeholders boolean not null default false,
  created_by int references users(id),
  created_at timestamptz not null default now()
);

create table draft_versions (
  id serial primary key,
  draft_id int not null references drafts(id),
  number int not null check (number >= 0),
  status text not null check (status in ('working', 'issued')),
  based_on int references draft_versions(id),
  issued_at timestamptz,
  issued_by int references users(id),
  created_at timestamptz not null default now(),
  unique (draft_id, number),
  check ((status = 'issued') = (issued_at is not null))
);
create unique index draft_versions_one_working on draft_versions (draft_id) where status = 'working';

create table draft_paragraphs (
  id serial primary key,
  version_id int not null references draft_versions(id),
  -- the same paragraph across versions: copied when the next version starts, so diffs align on it
  key text not null,
  position int not null,
  section text not null check (section in ('introduction', 'threats', 'international-law', 'norms', 'cbms',
    'capacity-building', 'institutional-dialogue', 'conclusions', 'recommendations')),
  text text not null check (length(text) between 1 and 20000),
  auto_pillars text[] not null default '{}',
  auto_elements text[] not null default '{}',
  -- a person's correction; when set it wins over the automatic tags
  person_pillars text[],
  person_elements text[],
  labelled_by int references users(id),
  lock_version int not null default 1,
  unique (version_id, key)
);
create index draft_paragraphs_version on draft_paragraphs (version_id, position);

create table amendments (
  id serial primary key,
  draft_id int not null references drafts(id),
  version_id int not null references draft_versions(id),
  paragraph_key text not null,
  paragraph_number int not null,
  kind text not null check (kind in ('replace', 'insert-after', 'delete')),
  text text check (text is null or length(text) between 1 and 20000),
  base_text text not null,
  justification text not null check (length(justification) between 3 and 4000),
  proposed_by int not null references users(id),
  state_iso3 text not null references states(iso3),
  status text not null default 'proposed' check (status in ('proposed', 'accepted', 'merged', 'rejected')),
  decided_by int references users(id),
  decided_at timestamptz,
  decision_note text,
  applied_to_version int references draft_versions(id),
  created_at timestamptz not null default now(),
  check ((kind = 'delete') = (text is null))
);
create index amendments_draft on amendments (draft_id, paragraph_key);

create table amendment_sponsors (
  amendment_id int not null references amendments(id),
  state_iso3 text not null references states(iso3),
  user_id int not null references users(id),
  joined_at timestamptz not null default now(),
  primary key (amendment_id, state_iso3)
);

create table amendment_reactions (
  id serial primary key,
  amendment_id int not null references amendments(id),
  state_iso3 text not null references states(iso3),
  user_id int not null references users(id),
  reaction text not null check (reaction in ('support', 'object')),
  created_at timestamptz not null default now()
);
create index amendment_reactions_amendment on amendment_reactions (amendment_id);

-- Append-only history of the working copy: nothing typed is lost, and each change names its amendment.
create table draft_changes (
  id bigserial primary key,
  version_id int not null references draft_versions(id),
  paragraph_key text not null,
  kind text not null check (kind in ('added', 'edited', 'deleted', 'relabelled')),
  before_text text,
  after_text text,
  amendment_id int references amendments(id),
  actor_id int references users(id),
  actor_label text not null,
  at timestamptz not null default now()
);
create index draft_changes_version on draft_changes (version_id, paragraph_key);

create table draft_comments (
  id serial primary key,
  draft_id int not null references drafts(id),
  version_id int not null references draft_versions(id),
  paragraph_key text,
  user_id int not null references users(id),
  organisation_id int references stakeholder_organisations(id),
  text text not null check (length(text) between 3 and 4000),
  created_at timestamptz not null default now()
);

-- An issued version is frozen whatever the code above does: its paragraphs cannot change.
create function draft_paragraphs_frozen() returns trigger language plpgsql as $$
declare s text;
begin
  select status into s from draft_versions where id = coalesce(old.version_id, new.version_id);
  if s = 'issued' then
    raise exception 'draft version % is issued and cannot change', coalesce(old.version_id, new.version_id);
  end if;
  return coalesce(new, old);
end $$;
create trigger draft_paragraphs_no_change before update or delete on draft_paragraphs
  for each row execute function draft_paragraphs_frozen();
create trigger draft_paragraphs_no_insert before insert on draft_paragraphs
  for each row execute function draft_paragraphs_frozen();

create function draft_versions_stay_issued() returns trigger language plpgsql as $$
begin
  if old.status = 'issued' then
    raise exception 'draft version % is issued and cannot change', old.id;
  end if;
  return coalesce(new, old);
end $$;
create trigger draft_versions_no_reopen before update or delete on draft_versions
  for each row execute function draft_versions_stay_issued();

create function draft_changes_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'draft_changes is append-only';
end $$;
create trigger draft_changes_no_update before update or delete on draft_changes
  for each row execute function draft_changes_append_only();
