import type { Db } from '../db/engine.ts';
import { localize } from '../framework/localize.ts';
import type { Translate } from '../i18n/index.ts';
import { titleOf, type Questionnaire } from './questionnaire.ts';

/** What a reader of the offline questionnaire sees about an element, in their language. */
export interface ElementText {
  title: string;
  description: string;
  citation: string;
}

/**
 * Titles, guidance and citations of a questionnaire's elements in the reader's language, from the
 * framework's central translations (the same wording every page uses), falling back to English.
 */
export async function questionnaireText(db: Db, q: Questionnaire, t: Translate): Promise<{ pillars: Map<string, string>; elements: Map<string, ElementText> }> {
  const rows = q.elementIds.length
    ? await db
        .selectFrom('elements')
        .select(['id', 'title', 'description', 'source_symbol', 'source_paragraph', 'translations'])
        .where('framework_version', '=', q.frameworkVersion)
        .where('id', 'in', q.elementIds)
        .execute()
    : [];
  const elements = new Map<string, ElementText>();
  for (const r of rows) {
    const l = localize(r, t.lang);
    elements.set(r.id, {
      title: l.title,
      description: l.description ?? '',
      citation: r.source_symbol ? t('reporting.docx.citation', { symbol: r.source_symbol, paragraph: r.source_paragraph ?? '' }) : '',
    });
  }
  const pillars = new Map(q.pillars.map((p) => [p.id, titleOf(t, 'pillar', p.id, p.title)]));
  return { pillars, elements };
}
