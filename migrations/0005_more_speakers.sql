-- Speakers the meeting reader now recognises beyond the first UN entities: Vice-Chairs, rapporteurs,
-- UNDP and international organisations that take the floor (ICRC, GFCE, INTERPOL, OECD). A new
-- database gets them from the seed; an existing one from here.
insert into organisations (id, name, kind, aliases)
select v.id, v.name, 'un-entity', v.aliases
from (values
  ('vice-chair', 'The Vice-Chair', array['Vice-Chair', 'Vice-Chairperson', 'Vice-Chairman', 'Vice-Chairwoman', 'Vice Chair']),
  ('rapporteur', 'The Rapporteur', array['Rapporteur']),
  ('undp', 'United Nations Development Programme', array['UNDP']),
  ('icrc', 'International Committee of the Red Cross', array['ICRC', 'Red Cross']),
  ('gfce', 'Global Forum on Cyber Expertise', array['GFCE']),
  ('interpol', 'International Criminal Police Organization', array['INTERPOL', 'Interpol']),
  ('oecd', 'Organisation for Economic Co-operation and Development', array['OECD', 'Organization for Economic Cooperation and Development'])
) as v(id, name, aliases)
where exists (select 1 from organisations)
on conflict (id) do nothing;
