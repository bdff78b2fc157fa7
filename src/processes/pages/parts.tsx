import { PILLAR_IDS } from '../../framework/catalogue/types.ts';
import { localize, titleById } from '../../framework/localize.ts';
import { DateText } from '../../i18n/DateText.tsx';
import type { Translate } from '../../i18n/index.ts';
import { pillarTitle } from '../../records/pages/components.tsx';
import type { Ctx } from '../../server/context.ts';
import type { ProcessRow } from '../queries.ts';

/** What the processes' pages show alike: a span of dates, a framework version's title, the pillars to choose from. */

export function Span({ from, to, lang, t }: { from: string | null; to: string | null; lang: Translate['lang']; t: Translate }) {
  if (!from && !to) return <span class="muted">{t('processes.dates.none')}</span>;
  return (
    <>
      <DateText value={from} lang={lang} /> – <DateText value={to} lang={lang} />
    </>
  );
}

export function versionTitle(c: Ctx, p: ProcessRow) {
  return p.framework_version
    ? localize({ title: p.framework_title ?? p.framework_version, translations: p.framework_translations }, c.get('lang')).title
    : null;
}

export const pillarOptions = (t: Translate) => [
  { value: '', label: t('processes.field.noPillar') },
  ...PILLAR_IDS.map((id) => ({ value: id, label: titleById(id, pillarTitle(id), t.lang) })),
];
