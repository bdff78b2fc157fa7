-- States, regional groups, organisations and stakeholder organisations: who can speak, report or be named.
create table regional_groups (
  id text primary key,
  name text not null
);

-- Regional organisations, speaking groups (a delegation speaks for them) and UN entities.
create table organisations (
  id text primary key,
  name text not null,
  kind text not null check (kind in ('regional-organisation', 'speaking-group', 'un-entity')),
  aliases text[] not null default '{}'
);

create table states (
  iso3 text primary key check (iso3 ~ '^[A-Z]{3}$'),
  m49 text not null unique check (m49 ~ '^[0-9]{3}$'),
  official_name text not null unique,
  names text[] not null default '{}',
  adjectives text[] not null default '{}',
  -- null for the observer States, which sit in no UN regional group
  regional_group text references regional_groups(id),
  also_caucuses text[] not null default '{}',
  observer_in_group boolean not null default false,
  observer boolean not null default false
);
create index states_regional_group on states (regional_group);

create table state_memberships (
  state_iso3 text not null references states(iso3),
  organisation_id text not null references organisations(id),
  primary key (state_iso3, organisation_id)
);
create index state_memberships_org on state_memberships (organisation_id);

create table stakeholder_organisations (
  id serial primary key,
  name text not null,
  kind text not null check (kind in ('ngo', 'private-sector', 'academia', 'technical-community')),
  ecosoc_status text not null default 'none' check (ecosoc_status in ('general', 'special', 'roster', 'none')),
  country_iso3 text references states(iso3),
  website text,
  description text not null default '',
  created_at timestamptz not null default now()
);
create unique index stakeholder_organisations_name on stakeholder_organisations (lower(name));
