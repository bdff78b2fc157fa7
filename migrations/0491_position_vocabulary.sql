-- One vocabulary for where a participant stands: `supports` / `opposes`, the words of a stance
-- (statement_stances) now also for a delegation's reaction to an amendment (was support / object) and
-- for a proposal's supporters and opponents (was support / oppose). Pages still say "Object", the
-- word of UN drafting, through the catalogue; the API accepts the old words on input.
alter table amendment_reactions drop constraint if exists amendment_reactions_reaction_check;
update amendment_reactions set reaction = case reaction when 'support' then 'supports' when 'object' then 'opposes' else reaction end;
alter table amendment_reactions add constraint amendment_reactions_reaction_check check (reaction in ('supports', 'opposes'));

alter table proposal_supporters drop constraint if exists proposal_supporters_position_check;
update proposal_supporters set position = case position when 'support' then 'supports' when 'oppose' then 'opposes' else position end;
alter table proposal_supporters add constraint proposal_supporters_position_check check (position in ('supports', 'opposes'));
