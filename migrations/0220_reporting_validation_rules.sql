-- Validation rules the Secretariat sets per reporting cycle (after DHIS2's validation rules): every
-- save shows the rules a draft breaks as warnings beside the fields; a submission that breaks a rule
-- of severity 'error' is refused, one of severity 'warning' is shown on the review step only.
-- An empty report is refused whatever the rules say (report.empty); that is code, not a row.
create table reporting_validation_rules (
  id serial primary key,
  cycle_id int not null references reporting_cycles(id),
  kind text not null check (kind in ('required', 'implemented-needs-measure', 'min-length', 'max-length')),
  -- required: an element id (its status must be given) or a general question (general.pointsOfContact);
  -- implemented-needs-measure: an element id, or null for every element
  target text,
  -- min-length / max-length: which text (measures, authorities, challenges, goodPractices,
  -- general.internationalLawViews, general.pointsOfContact, or * for every text) and how many characters
  field text,
  amount int check (amount is null or amount between 1 and 100000),
  severity text not null check (severity in ('error', 'warning')),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  -- a rule is retired rather than deleted, so what a cycle asked for at any time can be read back
  retired_at timestamptz,
  retired_by int references users(id),
  check (kind <> 'required' or target is not null),
  check (kind not in ('min-length', 'max-length') or (field is not null and amount is not null))
);
create index reporting_validation_rules_cycle on reporting_validation_rules (cycle_id) where retired_at is null;

-- Existing cycles get the default every new cycle gets: "implemented" asks for the measures taken, as a warning.
insert into reporting_validation_rules (cycle_id, kind, severity) select id, 'implemented-needs-measure', 'warning' from reporting_cycles;
