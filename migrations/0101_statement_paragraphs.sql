-- Paragraph-level full-text vectors of statements. Ranking a whole speech's tsvector means
-- detoasting and walking thousands of positions per hit; a paragraph's vector is small, and the
-- best paragraph is also the right snippet. Kept in step with statements by triggers, so every
-- writer (single ingest, bulk ingest, re-reading) fills it without knowing it exists.
create table statement_paragraphs (
  statement_id bigint not null references statements(id) on delete cascade,
  -- 1-based line of statements.text (paragraphs joined by newlines), for split_part()
  ordinal int not null check (ordinal > 0),
  -- the paragraph's number in the source document (statements.paragraphs[ordinal])
  paragraph int not null,
  search tsvector not null,
  primary key (statement_id, ordinal)
);

-- The whole statement's vector becomes the concatenation of its paragraphs' vectors (`||` shifts
-- positions), so each word is parsed once at ingest instead of twice. It still decides whether a
-- statement matches (words met across paragraphs, an excluded word anywhere in it).
alter table statements alter column search drop expression;
alter table statements alter column search set default ''::tsvector;
create aggregate statement_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

create function statement_paragraphs_insert() returns trigger language plpgsql as $$
begin
  with parts as (
    insert into statement_paragraphs (statement_id, ordinal, paragraph, search)
    select n.id, p.ord, coalesce(n.paragraphs[p.ord], n.first_paragraph), to_tsvector('english', p.line)
    from new_rows n cross join lateral string_to_table(n.text, E'\n') with ordinality as p(line, ord)
    returning statement_id, ordinal, search
  )
  update statements s set search = a.v
  from (select statement_id, statement_tsvector_agg(search order by ordinal) as v from parts group by statement_id) a
  where s.id = a.statement_id;
  return null;
end $$;
-- A statement-level trigger with a transition table: one INSERT … SELECT per multi-row insert.
create trigger statements_paragraphs_insert after insert on statements
  referencing new table as new_rows for each statement execute function statement_paragraphs_insert();

create function statement_paragraphs_update() returns trigger language plpgsql as $$
begin
  delete from statement_paragraphs where statement_id = new.id;
  insert into statement_paragraphs (statement_id, ordinal, paragraph, search)
  select new.id, p.ord, coalesce(new.paragraphs[p.ord], new.first_paragraph), to_tsvector('english', p.line)
  from string_to_table(new.text, E'\n') with ordinality as p(line, ord);
  update statements set search = (select statement_tsvector_agg(search order by ordinal) from statement_paragraphs where statement_id = new.id)
  where id = new.id;
  return null;
end $$;
create trigger statements_paragraphs_update after update of text, paragraphs on statements
  for each row execute function statement_paragraphs_update();

-- Existing statements keep their vectors; only the paragraphs are new.
insert into statement_paragraphs (statement_id, ordinal, paragraph, search)
select s.id, p.ord, coalesce(s.paragraphs[p.ord], s.first_paragraph), to_tsvector('english', p.line)
from statements s cross join lateral string_to_table(s.text, E'\n') with ordinality as p(line, ord);

create index statement_paragraphs_search on statement_paragraphs using gin (search);
