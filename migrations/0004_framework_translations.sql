-- Titles and descriptions of the framework in the other five UN languages, translated once
-- centrally: { "fr": { "title": "…", "description": "…" }, … }. English stays in title/description.
alter table pillars add column translations jsonb not null default '{}';
alter table elements add column translations jsonb not null default '{}';
alter table stance_questions add column translations jsonb not null default '{}';
