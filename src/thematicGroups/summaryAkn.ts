import { AKN_NS, aknId, el, xml, type XmlElement } from '../exports/akn.ts';
import { stateName } from '../participants/names.ts';
import { speakerLabel } from '../records/speakers.ts';
import { quoteOf, type DtgSummary, type SpeakerGroup } from './summary.ts';

/**
 * A DTG meeting's summary as an Akoma Ntoso `doc` (name "dtgSummary"): the facilitators in the
 * preface, one `section` per guiding question (num, heading = the question), one `hcontainer`
 * per speaker whose `p`s quote the sentence that answers and `ref` the statement on its document's
 * page; the statements answering no question in a last section. Speakers are TLCPerson (people,
 * presiding roles) or TLCOrganization (States, groups, entities) in the references. English, as
 * the record is.
 */
export function summaryAkn(s: DtgSummary, baseUrl: string): string {
  const m = s.meeting;
  const date = m.held_on ?? m.starts_on ?? '1970-01-01';
  const uri = `/akn/un/doc/dtg-summary/${date}/meeting-${m.id}`;
  const refs = new Map<string, XmlElement>();
  const refOf = (g: SpeakerGroup) => {
    const st = g.statement;
    const person = !!st.speaker_name || ['chair', 'secretariat', 'rapporteur', 'person'].includes(st.speaker_kind);
    const eId = aknId(st.speaker_name ? `person-${st.speaker_name.toLowerCase()}` : st.speaker_id);
    if (!refs.has(eId))
      refs.set(
        eId,
        el(person ? 'TLCPerson' : 'TLCOrganization', { eId, href: `/ontology/${person ? 'person' : 'organization'}/un/${eId}`, showAs: speakerLabel(st) }),
      );
    return eId;
  };
  const speaker = (g: SpeakerGroup, at: string, i: number) =>
    el('hcontainer', { eId: `${at}__hcont_${i + 1}`, name: 'speaker' }, [
      el('heading', {}, [el('person', { refersTo: `#${refOf(g)}` }, [speakerLabel(g.statement)])]),
      el(
        'content',
        {},
        g.cited.map((c) =>
          el('p', {}, [
            el('quotedText', {}, [quoteOf(c)]),
            ' ',
            el('ref', { href: `${baseUrl}${c.href}` }, [
              `${c.statement.document_title || `document ${c.statement.document_id}`}, ¶${c.statement.first_paragraph}`,
            ]),
          ]),
        ),
      ),
    ]);
  const sections = s.questions.map(({ question: q, speakers }) => {
    const at = `sec_${q.number}`;
    return el('section', { eId: at }, [
      el('num', {}, [String(q.number)]),
      el('heading', {}, [q.text]),
      ...(speakers.length
        ? speakers.map((g, i) => speaker(g, at, i))
        : [el('content', {}, [el('p', {}, ['No statement in the record addresses this question.'])])]),
    ]);
  });
  if (s.unmatched.length) {
    sections.push(
      el('section', { eId: 'sec_other' }, [
        el('heading', {}, ['Statements that address no guiding question']),
        ...s.unmatched.map((g, i) => speaker(g, 'sec_other', i)),
      ]),
    );
  }
  for (const f of s.facilitators)
    refs.set(
      aknId(`person-${f.name.toLowerCase()}`),
      el('TLCPerson', { eId: aknId(`person-${f.name.toLowerCase()}`), href: `/ontology/person/un/${aknId(`person-${f.name.toLowerCase()}`)}`, showAs: f.name }),
    );
  refs.set('co-facilitator', el('TLCRole', { eId: 'co-facilitator', href: '/ontology/role/un/co-facilitator', showAs: 'Co-facilitator' }));
  const title = `${m.body_title ?? m.session_title} — meeting ${m.number}`;
  const frbr = (level: string, suffix: string) =>
    el(level, {}, [
      el('FRBRthis', { value: `${uri}${suffix}` }),
      el('FRBRuri', { value: `${uri}${suffix}` }),
      el('FRBRdate', { date, name: 'meeting' }),
      el('FRBRauthor', { href: '#secretariat' }),
      ...(level === 'FRBRWork' ? [el('FRBRcountry', { value: 'un' })] : []),
      ...(level === 'FRBRExpression' ? [el('FRBRlanguage', { language: 'eng' })] : []),
    ]);
  return xml(
    el('akomaNtoso', { xmlns: AKN_NS }, [
      el('doc', { name: 'dtgSummary' }, [
        el('meta', {}, [
          el('identification', { source: '#secretariat' }, [
            frbr('FRBRWork', ''),
            frbr('FRBRExpression', '/eng@'),
            frbr('FRBRManifestation', '/eng@/main.xml'),
          ]),
          el('references', { source: '#secretariat' }, [
            el('TLCOrganization', { eId: 'secretariat', href: '/ontology/organization/un/secretariat', showAs: 'Secretariat' }),
            ...[...refs.values()].filter((r) => r.attrs.eId !== 'secretariat'),
          ]),
        ]),
        el('preface', {}, [
          el('p', {}, [el('docTitle', {}, [title])]),
          ...(m.body_theme ? [el('p', {}, [m.body_theme])] : []),
          ...s.facilitators.map((f) =>
            el('p', {}, [
              el('person', { refersTo: `#${aknId(`person-${f.name.toLowerCase()}`)}`, as: '#co-facilitator' }, [f.name]),
              ...(f.state_iso3 || f.affiliation ? [` (${[f.affiliation, f.state_iso3 ? stateName(f.state_iso3, 'en') : ''].filter(Boolean).join(', ')})`] : []),
            ]),
          ),
        ]),
        el('mainBody', {}, sections),
      ]),
    ]),
  );
}
