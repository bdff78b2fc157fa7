import { raw } from 'hono/html';
import { formatDate } from '../../i18n/format.ts';
import type { Db } from '../../db/engine.ts';
import { dirOf, translator, type Lang } from '../../i18n/index.ts';
import { ELEMENT_TEXT_FIELDS, GENERAL_FIELDS, NEED_KINDS, PRIORITIES, STATUSES } from '../answers.ts';
import type { Cycle } from '../cycles.ts';
import { inlineCss } from '../exports.ts';
import type { Questionnaire } from '../questionnaire.ts';
import { questionnaireText } from '../questionnaireText.ts';
import { BLANK_NEED_ROWS } from '../template.ts';

// Print layout: boxes to write in by hand, choices as tick boxes (drawn, not a glyph a font may lack), no page chrome; an element's
// heading is kept with its first question.
const PRINT_CSS = `
  body { font-size: 10.5pt; } main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 14pt 0 6pt; border-bottom: 1px solid #9ca3af; break-after: avoid; }
  h3 { font-size: 11.5pt; margin: 12pt 0 2pt; break-after: avoid; }
  .guidance { font-style: italic; color: #374151; margin: 0 0 2pt; } .citation { color: #6b7280; font-size: 9pt; margin: 0 0 6pt; }
  .q { break-inside: avoid; margin: 6pt 0; } .q .label { font-weight: 600; margin-bottom: 2pt; }
  .box { border: 1px solid #6b7280; min-height: 2.2cm; border-radius: 2px; } .box.short { min-height: 1.1cm; }
  .choices { display: flex; flex-wrap: wrap; gap: 4pt 14pt; list-style: none; padding: 0; margin: 2pt 0; }
  .choices li::before { content: ""; display: inline-block; width: 9pt; height: 9pt; border: 1px solid #374151; margin-inline-end: 5pt; vertical-align: -1pt; }
  .need { border: 1px solid #d1d5db; padding: 4pt 8pt; margin: 6pt 0; break-inside: avoid; }
`;
// Both stylesheets are ours and constant; written raw, since escaping would turn their quotes into entities.

/**
 * The blank questionnaire as a printable page (printed to PDF by Chromium): the same questions,
 * guidance and citations as the Word form, in the reader's language, with boxes to write in.
 */
export async function blankQuestionnaireHtml(db: Db, cycle: Cycle, q: Questionnaire, lang: Lang): Promise<string> {
  const t = translator(lang);
  const text = await questionnaireText(db, q, t);
  const Box = ({ label, short }: { label: string; short?: boolean }) => (
    <div class="q">
      <div class="label">{label}</div>
      <div class={short ? 'box short' : 'box'}></div>
    </div>
  );
  const Choices = ({ label, values, prefix }: { label: string; values: readonly string[]; prefix: string }) => (
    <div class="q">
      <div class="label">{label}</div>
      <ul class="choices">
        {values.map((v) => (
          <li>{t(`${prefix}.${v}`)}</li>
        ))}
      </ul>
    </div>
  );
  const html = (
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <title>{cycle.title}</title>
        <style>{raw(inlineCss())}</style>
        <style>{raw(PRINT_CSS)}</style>
      </head>
      <body>
        <main>
          <h1>{cycle.title}</h1>
          <p>
            {cycle.code} ·{' '}
            {t('reporting.docx.dates', {
              opens: formatDate(cycle.opens_on, t.lang),
              due: formatDate(cycle.due_on, t.lang),
              closes: formatDate(cycle.closes_on, t.lang),
            })}
          </p>
          <p>{t('reporting.noQuestionMandatory')}</p>
          <h2>{t('reporting.general')}</h2>
          {GENERAL_FIELDS.map((f) => (
            <Box label={t(`reporting.general.${f}`)} />
          ))}
          {q.pillars.map((p) => (
            <section>
              <h2>{text.pillars.get(p.id) ?? p.title}</h2>
              {p.elements.map((e) => {
                const et = text.elements.get(e.id);
                return (
                  <article>
                    <h3>{et?.title ?? e.title}</h3>
                    {et?.description ? <p class="guidance">{et.description}</p> : null}
                    {et?.citation ? <p class="citation">{et.citation}</p> : null}
                    <Choices label={t('reporting.field.status')} values={STATUSES} prefix="reporting.st" />
                    {ELEMENT_TEXT_FIELDS.map((f) => (
                      <Box label={t(`reporting.field.${f}`)} />
                    ))}
                    <Box label={`${t('reporting.field.links')} — ${t('reporting.docx.linksHelp')}`} short />
                  </article>
                );
              })}
            </section>
          ))}
          <h2>{t('reporting.needs')}</h2>
          <p>{t('reporting.needs.help')}</p>
          {Array.from({ length: BLANK_NEED_ROWS }, (_, i) => (
            <div class="need">
              <h3>{t('reporting.docx.need', { n: i + 1 })}</h3>
              <Box label={t('reporting.need.element')} short />
              <Choices label={t('reporting.need.kind')} values={NEED_KINDS} prefix="reporting.kind" />
              <Choices label={t('reporting.need.priority')} values={PRIORITIES} prefix="reporting.prio" />
              <Box label={t('reporting.need.description')} />
            </div>
          ))}
        </main>
      </body>
    </html>
  );
  return '<!doctype html>' + String(html);
}
