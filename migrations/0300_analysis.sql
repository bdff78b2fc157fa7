-- Capacity-building offers: registered by donor States, organisations and programmes, matched
-- against the capacity needs States state in their national reports (compiled analysis).
create table capacity_offers (
  id serial primary key,
  provider_kind text not null check (provider_kind in ('state', 'organisation', 'programme')),
  -- the donor State (provider_kind = state), else null
  provider_state text references states(iso3),
  -- the stakeholder organisation that registered it, when one did
  provider_organisation int references stakeholder_organisations(id),
  provider_name text not null check (length(provider_name) between 2 and 200),
  title text not null check (length(title) between 5 and 200),
  description text not null default '',
  -- element ids of the framework version below
  framework_version text not null references framework_versions(id),
  elements text[] not null check (cardinality(elements) > 0),
  kinds text[] not null check (cardinality(kinds) > 0 and kinds <@ array['training', 'technical-assistance', 'equipment', 'legal-policy-advice', 'funding', 'other']),
  -- implementation stages the offer is designed for (empty = any)
  stages text[] not null default '{}' check (stages <@ array['not-started', 'planned', 'in-progress', 'implemented']),
  -- eligibility: empty arrays mean "open to all"
  eligible_regions text[] not null default '{}',
  eligible_states text[] not null default '{}',
  languages text[] not null check (cardinality(languages) > 0 and languages <@ array['ar', 'zh', 'en', 'fr', 'ru', 'es']),
  modality text not null check (modality in ('in-person', 'remote', 'hybrid')),
  starts_on date,
  ends_on date,
  contact text not null check (length(contact) between 3 and 300),
  demo boolean not null default false,
  registered_by int references users(id),
  registered_by_label text not null,
  created_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  check (starts_on is null or ends_on is null or starts_on <= ends_on),
  check ((provider_kind = 'state') = (provider_state is not null))
);
create index capacity_offers_elements on capacity_offers using gin (elements);
