-- A statement is a run of sentences, not of whole paragraphs: several statements may share a
-- paragraph, one may start mid-paragraph, and a sentence with several speakers as one subject gives
-- each of them a statement over the same span ("joint").
--
-- Sentence numbers are 1-based within their paragraph, as src/text/records/sentences.ts splits it.
-- char_start/char_end are the offsets in source_documents.extracted_text of the first sentence's start
-- and the last sentence's end. statements.text is those sentences, one line per paragraph, so the
-- statement_paragraphs triggers (0101) still map line n to paragraphs[n].
--
-- Statements stored before this migration covered whole paragraphs: their char offsets already are
-- the span of the first paragraph's first sentence to the last paragraph's last sentence, and their
-- text is already those sentences. They get first_sentence 1 and last_sentence NULL, which means
-- "through the last sentence of last_paragraph": the count is not recomputed in SQL (a regular
-- expression would only approximate the splitter's abbreviation rules, and a wrong number would be
-- worse than none). Reading a document again, or correcting it, stores the exact number.
alter table statements
  add column first_sentence int not null default 1 check (first_sentence > 0),
  add column last_sentence int check (last_sentence is null or last_sentence > 0),
  -- the other speakers of a joint statement (each has its own row over the same span)
  add column joint_with text[] not null default '{}',
  -- a speaker named as a person: the name and affiliation as written
  add column speaker_name text,
  add column speaker_affiliation text,
  -- a statement of support for a proposal (set after the document's proposals are stored)
  add column supports_proposal int references proposals(id) on delete set null,
  add constraint statements_sentence_order check (
    last_paragraph > first_paragraph or last_sentence is null or last_sentence >= first_sentence),
  add constraint statements_span_order check (char_end >= char_start);
alter table statements alter column first_sentence drop default;

alter table statements drop constraint statements_speaker_kind_check;
alter table statements add constraint statements_speaker_kind_check check (speaker_kind in (
  'state', 'group', 'organisation', 'un-entity', 'stakeholder', 'chair', 'secretariat', 'rapporteur', 'person', 'observer'));

create index statements_document_span on statements (document_id, char_start);
create index statements_supports on statements (supports_proposal) where supports_proposal is not null;

alter table source_documents drop constraint source_documents_kind_check;
alter table source_documents add constraint source_documents_kind_check check (kind in (
  'event-report', 'transcript', 'summary-record', 'press-release', 'position-paper', 'statement', 'contribution', 'other'));

-- Sentences that name a speaker the reader could not resolve. They belong to no statement until a
-- person attributes them (a correction); rewritten with the statements on every reading.
create table unattributed_sentences (
  document_id int not null references source_documents(id) on delete cascade,
  paragraph int not null check (paragraph > 0),
  sentence int not null check (sentence > 0),
  char_start int not null,
  char_end int not null check (char_end >= char_start),
  cue text not null default '',
  primary key (document_id, paragraph, sentence)
);

-- Corrections are anchored to the corrected statement's span (its char offsets when the person made
-- the correction; the source text never changes, so they stay valid under any later reader) and to
-- its speaker then, which tells apart the statements of a joint sentence. Corrections made before
-- this migration keep NULL anchors and are replayed by their paragraph, as they were made.
alter table record_corrections
  add column anchor_start int,
  add column anchor_end int,
  add column anchor_speaker text,
  add constraint record_corrections_anchor check ((anchor_start is null) = (anchor_end is null) and (anchor_end is null or anchor_end >= anchor_start));
alter table record_corrections drop constraint record_corrections_field_check;
-- reassign: one sentence to another speaker; attribute: an unattributed sentence to a speaker
alter table record_corrections add constraint record_corrections_field_check check (field in (
  'speaker', 'split', 'merge', 'pillar', 'element', 'stance', 'reassign', 'attribute'));
