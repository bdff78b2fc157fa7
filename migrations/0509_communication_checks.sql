-- One word for a communication check, as the pages say, not "ping": the table ping_rounds is
-- communication_checks, and ack_requests.ping_round_id is communication_check_id (its foreign key and
-- index renamed with it); rows and ids are kept. Queued jobs of kind 'ping.follow_up' still run (the
-- old kind keeps its handler; new jobs are 'communicationCheck.follow_up'). Recorded audit events and
-- notices keep their words (ping.started, ping.followed_up, ping.follow_up): history is not rewritten.
alter table ping_rounds rename to communication_checks;
alter sequence ping_rounds_id_seq rename to communication_checks_id_seq;
alter table communication_checks rename constraint ping_rounds_pkey to communication_checks_pkey;
alter table communication_checks rename constraint ping_rounds_follow_up_after_hours_check to communication_checks_follow_up_after_hours_check;

alter table ack_requests rename column ping_round_id to communication_check_id;
alter table ack_requests rename constraint ack_requests_ping_round_id_fkey to ack_requests_communication_check_id_fkey;
alter index ack_requests_round rename to ack_requests_communication_check;
