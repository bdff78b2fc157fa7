-- A capacity need taken up with an offer: the project record (who needs what, from which offer)
-- and its progress, one row per step (contacted, matched, in progress, delivered, or closed without
-- delivery), each with its date and, when delivered, the outcome. Both tables are append-only: a
-- step is never edited, a later step is added, so the timeline is the history.
create table capacity_take_ups (
  id bigserial primary key,
  -- the need as it was when taken up; a later revision of the report gives its needs new ids, so
  -- the record is also keyed by report, element and kind of help
  need_id bigint not null references national_report_capacity_needs(id),
  report_id int not null references national_reports(id),
  state_iso3 text not null references states(iso3),
  element_id text not null,
  need_kind text not null,
  offer_id int not null references capacity_offers(id),
  opened_by int references users(id),
  opened_by_label text not null,
  created_at timestamptz not null default now(),
  unique (report_id, element_id, need_kind, offer_id)
);
create index capacity_take_ups_state on capacity_take_ups (state_iso3);
create index capacity_take_ups_offer on capacity_take_ups (offer_id);

create table capacity_take_up_steps (
  id bigserial primary key,
  take_up_id bigint not null references capacity_take_ups(id),
  status text not null check (status in ('contacted', 'matched', 'in-progress', 'delivered', 'closed')),
  on_date date not null,
  note text not null default '',
  outcome text not null default '',
  actor_id int references users(id),
  actor_label text not null,
  created_at timestamptz not null default now()
);
create index capacity_take_up_steps_take_up on capacity_take_up_steps (take_up_id, id);

create function capacity_take_up_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end $$;
create trigger capacity_take_ups_append_only before update or delete on capacity_take_ups
  for each row execute function capacity_take_up_append_only();
create trigger capacity_take_up_steps_append_only before update or delete on capacity_take_up_steps
  for each row execute function capacity_take_up_append_only();

-- The delegations concerned learn of each step on their tasks page.
alter table notices drop constraint notices_kind_check;
alter table notices add constraint notices_kind_check check (kind in ('reporting.reminder', 'ping.started', 'ping.follow_up', 'cb.take_up'));
