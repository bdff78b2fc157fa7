import type { Db } from '../db/engine.ts';
import type { Translate } from '../i18n/index.ts';
import { TRANSLATIONS } from '../framework/catalogue/translations.ts';
import { ELEMENT_TEXT_FIELDS, type Answers } from './answers.ts';

/**
 * The pillars a national report asks about. Threats are assessments rather than commitments to
 * implement, and institutional dialogue concerns the UN process itself, so neither is asked; a State
 * can still write about them in the general section.
 */
export const QUESTIONNAIRE_PILLARS = ['international-law', 'norms', 'cbms', 'capacity-building'] as const;

export interface QElement {
  id: string;
  title: string;
  description: string;
  source: string;
}
export interface QPillar {
  id: string;
  title: string;
  elements: QElement[];
}
export interface Questionnaire {
  frameworkVersion: string;
  pillars: QPillar[];
  elementIds: string[];
}

/** The questionnaire of a framework version, generated from its elements (data, not code). */
export async function loadQuestionnaire(db: Db, frameworkVersion: string): Promise<Questionnaire> {
  const [pillars, elements] = await Promise.all([
    db
      .selectFrom('pillars')
      .select(['id', 'title', 'position'])
      .where('framework_version', '=', frameworkVersion)
      .where('id', 'in', [...QUESTIONNAIRE_PILLARS])
      .orderBy('position')
      .execute(),
    db
      .selectFrom('elements')
      .select(['id', 'pillar_id', 'title', 'description', 'source_symbol', 'source_paragraph'])
      .where('framework_version', '=', frameworkVersion)
      .where('pillar_id', 'in', [...QUESTIONNAIRE_PILLARS])
      .orderBy('position')
      .execute(),
  ]);
  const qp = pillars.map((p) => ({
    id: p.id,
    title: p.title,
    elements: elements
      .filter((e) => e.pillar_id === p.id)
      .map((e) => ({ id: e.id, title: e.title, description: e.description, source: `${e.source_symbol}, para. ${e.source_paragraph}` })),
  }));
  return { frameworkVersion, pillars: qp, elementIds: qp.flatMap((p) => p.elements.map((e) => e.id)) };
}

/**
 * A pillar or element title in the reader's language: the reporting catalogue's own wording if it
 * has one, else the framework's central translation, else the framework's English title.
 */
export function titleOf(t: Translate, kind: 'pillar' | 'el', id: string, fallback: string) {
  const key = `reporting.${kind}.${id}`;
  const s = t(key);
  if (s !== key) return s;
  return t.lang === 'en' ? fallback : (TRANSLATIONS[id]?.[t.lang]?.title ?? fallback);
}

export const elementAnswered = (a: Answers, id: string) => {
  const e = a.elements?.[id];
  return !!e && (!!e.status || ELEMENT_TEXT_FIELDS.some((f) => !!e[f]) || !!e.links?.length);
};

export interface Completeness {
  pillar: string;
  answered: number;
  total: number;
}

/** How many elements of each pillar have any answer, plus the general section (2 questions). */
export function completeness(q: Questionnaire, a: Answers): Completeness[] {
  const rows = q.pillars.map((p) => ({ pillar: p.id, answered: p.elements.filter((e) => elementAnswered(a, e.id)).length, total: p.elements.length }));
  const general = (a.general?.internationalLawViews ? 1 : 0) + (a.general?.pointsOfContact ? 1 : 0);
  return [{ pillar: 'general', answered: general, total: 2 }, ...rows];
}
