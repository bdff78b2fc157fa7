-- outbound_emails becomes the outbox: a write enqueues its messages ('queued') inside its own
-- transaction, and a delivery step sends them after commit, outside any transaction, recording the
-- outcome of each message. 'not-configured' says plainly that no mail server was set, where
-- 'not-sent' used to read as if something had happened.
alter table outbound_emails drop constraint outbound_emails_status_check;
update outbound_emails set status = 'not-configured' where status = 'not-sent';
alter table outbound_emails
  add constraint outbound_emails_status_check check (status in ('queued', 'sending', 'sent', 'failed', 'not-configured', 'cancelled')),
  alter column status set default 'queued',
  add column message_id text,
  add column attempts int not null default 0,
  add column locked_until timestamptz,
  add column sent_at timestamptz,
  -- An acknowledgement email: its link is minted at sending time, so the token is never stored.
  add column ack_request_id int references ack_requests(id),
  add column link_base text;
create index outbound_emails_queued on outbound_emails (id) where status in ('queued', 'sending');

alter table ack_requests drop constraint ack_requests_email_status_check;
update ack_requests set email_status = 'not-configured' where email_status = 'not-sent';
alter table ack_requests
  add constraint ack_requests_email_status_check check (email_status in ('queued', 'sent', 'failed', 'not-configured', 'cancelled')),
  alter column email_status set default 'queued';
