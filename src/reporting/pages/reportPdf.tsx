import { raw } from 'hono/html'; // our own stylesheet, inlined for the PDF: escaped, its quotes would break it
import { dirOf, LANGUAGE_NAMES, translator, type Lang } from '../../i18n/index.ts';
import { stateName } from '../../participants/names.ts';
import type { Answers } from '../answers.ts';
import type { Cycle } from '../cycles.ts';
import { inlineCss } from '../exports.ts';
import type { Questionnaire } from '../questionnaire.ts';
import type { ReportRow } from '../reports.ts';
import { AnswersView } from './components.tsx';

/** The HTML Chromium prints for a report's PDF export: its State, cycle, receipt or draft label, and answers. */
export function reportPdfHtml(
  s: {
    cycle: Pick<Cycle, 'title'>;
    state: { iso3: string; official_name: string };
    report: Pick<ReportRow, 'language' | 'visibility'>;
    q: Questionnaire;
    answers: Answers;
    receipt?: string;
    label: string;
  },
  lang: Lang,
) {
  const t = translator(lang);
  return (
    '<!doctype html>' +
    String(
      <html lang={lang} dir={dirOf(lang)}>
        <head>
          <meta charset="utf-8" />
          <title>{s.cycle.title}</title>
          <style>{raw(inlineCss())}</style>
        </head>
        <body>
          <main class="wide">
            <h1>
              {stateName(s.state.iso3, lang) ?? s.state.official_name} — {s.cycle.title}
            </h1>
            <p>
              {s.receipt ? <code>{s.receipt}</code> : s.label} · {LANGUAGE_NAMES[s.report.language]} · {t(`reporting.vis.${s.report.visibility}`)}
            </p>
            <AnswersView t={t} q={s.q} answers={s.answers} />
          </main>
        </body>
      </html>,
    )
  );
}
