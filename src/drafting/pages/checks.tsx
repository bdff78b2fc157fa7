/**
 * The checks panel of a version: balance chart, missing pillars, and per sentence every agreed source
 * it draws on (a spliced sentence has several, each with the words it explains and its diff) and flags.
 */
import { raw } from 'hono/html';
import { PILLAR_IDS } from '../../framework/catalogue/types.ts';
import { renderPlot } from '../../exports/chart.ts';
import { explainFlag } from '../../text/checks/message.ts';
import type { Ctx } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { runChecks } from '../checksPanel.ts';
import { versionByNumber } from '../queries.ts';
import { DiffOps, TableHead, versionName } from './components.tsx';

export async function checksPage(c: Ctx, draftId: number, number: number) {
  const t = c.get('t');
  const db = c.get('db');
  const { draft, version } = await versionByNumber(db, c.get('actor'), draftId, number);
  const { result, timings, corpus, stanceMapUsed } = await runChecks(db, version, draft);
  const rows = PILLAR_IDS.map((p) => ({ pillar: t(`drafting.section.${p}`), words: result.balance[p]?.words ?? 0 }));
  const svg = await renderPlot((Plot) => ({
    marginLeft: 230,
    width: 720,
    height: 40 + rows.length * 30,
    x: { label: t('drafting.checks.words'), grid: true },
    y: { label: null },
    marks: [Plot.barX(rows, { x: 'words', y: 'pillar', fill: '#3b6ea5', sort: { y: null } }), Plot.ruleX([0])],
  }));
  const flagged = result.sentences.filter((s) => s.flags.length).length;
  return page(
    c,
    `${t('drafting.checks.title')} — ${draft.title}`,
    <>
      <p>
        <a href="/drafts">{t('drafting.title')}</a> ›{' '}
        <a href={`/drafts/${draftId}/v/${number}`}>
          {draft.title} — {versionName(t, number)}
        </a>
      </p>
      <h1>{t('drafting.checks.title')}</h1>
      <p class="lede">{t('drafting.checks.lede')}</p>
      <p class="muted">
        {t('drafting.checks.corpus', { documents: corpus.documents, paragraphs: corpus.paragraphs })}{' '}
        {t('drafting.checks.timing', { ms: Math.round(timings.checkMs + timings.loadMs) })}
      </p>
      {!stanceMapUsed ? <p class="muted">{t('drafting.checks.noStances')}</p> : null}
      <h2>{t('drafting.checks.balance')}</h2>
      <figure class="chart" id="balance-chart">
        {/* The chart's axis sits on the left in every language; RTL would push its labels off the canvas. */}
        <div dir="ltr">{raw(svg)}</div>
        <figcaption>{t('drafting.checks.balanceCaption')}</figcaption>
      </figure>
      <table>
        <TableHead t={t} keys={['drafting.checks.pillar', 'drafting.checks.words', 'drafting.checks.paragraphs']} />
        <tbody>
          {PILLAR_IDS.map((p) => (
            <tr>
              <td>{t(`drafting.section.${p}`)}</td>
              <td>{result.balance[p]?.words ?? 0}</td>
              <td>{result.balance[p]?.paragraphs ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.missingPillars.length ? (
        <div class="alert warn" role="status">
          {t('drafting.checks.missing', { pillars: result.missingPillars.map((p) => t(`drafting.section.${p}`)).join(', ') })}
        </div>
      ) : (
        <div class="alert ok" role="status">
          {t('drafting.checks.allPresent')}
        </div>
      )}
      <h2>{t('drafting.checks.sentences', { n: result.sentences.length, flagged })}</h2>
      <table id="checks-table">
        <TableHead t={t} keys={['drafting.checks.para', 'drafting.checks.sentence', 'drafting.checks.provenance', 'drafting.checks.flags']} />
        <tbody>
          {result.sentences.map((s) => (
            <tr data-paragraph={s.paragraph}>
              <td>{s.paragraph === 'document' ? t('drafting.checks.document') : s.paragraph}</td>
              <td>
                <span dir="auto">{s.text}</span>
                <br />
                {s.pillars.map((p) => (
                  <span class="tag">{t(`drafting.section.${p}`)}</span>
                ))}
              </td>
              <td>
                {s.sources.length ? (
                  <>
                    {s.sources.length > 1 ? <p class="muted">{t('drafting.checks.sourcesCount', { n: s.sources.length })}</p> : null}
                    {s.sources.map((src) => (
                      <div class="source" data-source={`${src.symbol} ${src.paragraph}`}>
                        <p>
                          <strong>{src.symbol}</strong>, {t('drafting.checks.paraShort', { p: src.paragraph })} —{' '}
                          {t('drafting.checks.similarity', { pct: Math.round(src.similarity * 100) })}
                          {/* With one source the whole sentence is its stretch; with several, say which words each explains. */}
                          {s.sources.length > 1 ? (
                            <>
                              {' '}
                              <span class="muted" dir="auto">
                                {t('drafting.checks.sourceFor', { words: s.text.slice(src.sentenceSpan.start, src.sentenceSpan.end) })}
                              </span>
                            </>
                          ) : null}
                        </p>
                        <p dir="auto">
                          <DiffOps ops={src.diff} />
                        </p>
                      </div>
                    ))}
                  </>
                ) : (
                  <span class="muted">{s.paragraph === 'document' ? '' : t('drafting.checks.noMatch')}</span>
                )}
              </td>
              <td>
                {s.flags.length ? (
                  <ul>
                    {s.flags.map((f) => (
                      <li>
                        <span class="tag" title={f.kind}>
                          {t(`drafting.flag.${f.kind}`)}
                        </span>{' '}
                        <span dir="auto">{explainFlag(f, t.lang)}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>,
    { wide: true },
  );
}
