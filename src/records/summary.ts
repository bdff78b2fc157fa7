import type { Lang, Translate } from '../i18n/index.ts';
import { statementHref, type PositionRow } from './queries.ts';
import { speakerKind, speakerName } from './speakers.ts';

/**
 * A neutral summary of positions on one stance question: one clause per stance, largest group first,
 * the same plain verbs for every side, every delegation named and linked to the statement the stance
 * comes from. No word judges a position; the templates live in the catalogue so every language
 * says it the same way.
 */
export const STANCE_ORDER = ['supports', 'conditional', 'open', 'premature', 'opposes'] as const;

export interface SummarySpeaker {
  id: string;
  name: string;
  href: string;
  evidence: string;
}
export interface SummaryClause {
  value: string;
  lead: string;
  speakers: SummarySpeaker[];
  predicate: string;
}

/** One speaker per stance value (their first statement on it); a delegation with two stances appears twice. */
export function groupByStance(rows: PositionRow[], lang: Lang = 'en'): Map<string, SummarySpeaker[]> {
  const out = new Map<string, SummarySpeaker[]>();
  for (const r of rows) {
    const list = out.get(r.value) ?? [];
    if (list.some((s) => s.id === r.speaker_id)) continue;
    list.push({ id: r.speaker_id, name: speakerName(r.speaker_id, lang), href: statementHref(r), evidence: r.evidence });
    out.set(r.value, list);
  }
  return out;
}

export function neutralSummary(t: Translate, questionId: string, questionText: string, rows: PositionRow[]): SummaryClause[] {
  const topicKey = `records.topic.${questionId}`;
  const topic = t(topicKey) === topicKey ? t('records.topic.generic', { question: questionText }) : t(topicKey);
  const groups = groupByStance(rows, t.lang);
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || STANCE_ORDER.indexOf(a[0] as never) - STANCE_ORDER.indexOf(b[0] as never));
  return ordered.map(([value, speakers], i) => {
    const states = speakers.every((s) => speakerKind(s.id) === 'state');
    const noun = t(states ? 'records.summary.states' : 'records.summary.delegations');
    const count = speakers.length === 1 ? 'one' : speakers.length === 2 ? 'two' : 'several';
    const lead = i === 0 ? t(`records.summary.lead.${count}`, { noun }) : t(`records.summary.others.${count}`, { noun });
    return { value, lead, speakers, predicate: t(`records.summary.${value}`, { topic }) };
  });
}

/** The summary as plain text (for DOCX, CSV and tests): "Several States (A, B, C) expressed …; others (D) …". */
export function summaryText(clauses: SummaryClause[]): string {
  if (clauses.length === 0) return '';
  const text = clauses.map((c) => `${c.lead} (${c.speakers.map((s) => s.name).join(', ')}) ${c.predicate}`).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
