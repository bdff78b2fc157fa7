-- One name for a point of contact, as the pages say, not "poc" or "contact": poc_revisions is
-- point_of_contact_revisions, every poc_id is point_of_contact_id (and ack_requests.poc_revision_id
-- point_of_contact_revision_id), their sequence, keys and checks renamed with them; the view
-- poc_current is points_of_contact_current (dropped and created again: a view keeps the column
-- names it was created with). Rows and ids are kept. Recorded audit events keep their words
-- (poc.added, poc.revised, poc.retired): history is not rewritten.
drop view poc_current;

alter table poc_revisions rename to point_of_contact_revisions;
alter sequence poc_revisions_id_seq rename to point_of_contact_revisions_id_seq;
alter table point_of_contact_revisions rename column poc_id to point_of_contact_id;
alter table point_of_contact_revisions rename constraint poc_revisions_pkey to point_of_contact_revisions_pkey;
alter table point_of_contact_revisions rename constraint poc_revisions_poc_id_fkey to point_of_contact_revisions_point_of_contact_id_fkey;
alter table point_of_contact_revisions rename constraint poc_revisions_poc_id_revision_key to point_of_contact_revisions_point_of_contact_id_revision_key;
alter table point_of_contact_revisions rename constraint poc_revisions_role_check to point_of_contact_revisions_role_check;
alter table point_of_contact_revisions rename constraint poc_revisions_email_check to point_of_contact_revisions_email_check;
alter table point_of_contact_revisions rename constraint poc_revisions_phone_check to point_of_contact_revisions_phone_check;

alter table ack_requests rename column poc_id to point_of_contact_id;
alter table ack_requests rename column poc_revision_id to point_of_contact_revision_id;
alter table ack_requests rename constraint ack_requests_poc_id_fkey to ack_requests_point_of_contact_id_fkey;
alter table ack_requests rename constraint ack_requests_poc_revision_id_fkey to ack_requests_point_of_contact_revision_id_fkey;

create view points_of_contact_current as
  select distinct on (r.point_of_contact_id) r.*, p.state_iso3
  from point_of_contact_revisions r join points_of_contact p on p.id = r.point_of_contact_id
  order by r.point_of_contact_id, r.revision desc;
