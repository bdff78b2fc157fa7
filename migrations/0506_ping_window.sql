-- A communication check has a response window: contacts answer by respond_by; after it, an
-- unanswered contact is overdue. Follow-ups re-send to non-responders with a fresh link.
alter table ping_rounds
  add column respond_by timestamptz,
  add column follow_up_after_hours int check (follow_up_after_hours between 1 and 720);
update ping_rounds set respond_by = expires_at;
alter table ping_rounds alter column respond_by set not null;
alter table ack_requests
  add column follow_ups int not null default 0,
  add column followed_up_at timestamptz;
