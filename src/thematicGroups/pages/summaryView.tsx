import { Speaker } from '../../records/pages/components.tsx';
import type { Ctx } from '../../server/context.ts';
import { quoteOf, type DtgSummary, type SpeakerGroup } from '../summary.ts';

/** A meeting's summary: under each guiding question, who addressed it and in which words, linked to the record. */
function Cited({ c, g }: { c: Ctx; g: SpeakerGroup }) {
  const t = c.get('t');
  return (
    <li>
      <Speaker c={c} s={g.statement} />
      <ul>
        {g.cited.map((x) => (
          <li>
            {/* The quote in the record's own language, so its quotation marks and direction are that language's. */}
            <bdi dir="auto" lang={x.statement.document_language}>
              <q>{quoteOf(x)}</q>
            </bdi>{' '}
            <a href={x.href}>{t('thematicGroups.summary.readStatement', { paragraph: x.statement.first_paragraph })}</a>
            {x.match ? <span class="muted"> · {t(`thematicGroups.reason.${x.match.reason}`, { terms: x.match.terms.join(', ') || '—' })}</span> : null}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function SummaryView({ c, s }: { c: Ctx; s: DtgSummary }) {
  const t = c.get('t');
  return (
    <section aria-labelledby="summary">
      <h2 id="summary">{t('thematicGroups.summary.title')}</h2>
      <p class="muted">{t('thematicGroups.summary.rule')}</p>
      <p>
        <a href={`/thematic-groups/meetings/${s.meeting.id}/summary.docx`}>{t('thematicGroups.export.docx')}</a> ·{' '}
        <a href={`/thematic-groups/meetings/${s.meeting.id}/summary.xml`}>{t('thematicGroups.export.akn')}</a>
      </p>
      {s.statements === 0 ? <p class="muted">{t('thematicGroups.summary.noRecord')}</p> : null}
      {s.questions.map(({ question: q, speakers }) => (
        <article class="card" id={`summary-q${q.number}`}>
          <h3>{t('thematicGroups.question.numbered', { n: q.number })}</h3>
          <p dir="auto">
            <em>{q.text}</em>
          </p>
          {speakers.length ? (
            <ul class="speakers">
              {speakers.map((g) => (
                <Cited c={c} g={g} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('thematicGroups.summary.noAnswer')}</p>
          )}
        </article>
      ))}
      {s.unmatched.length ? (
        <article class="card" id="summary-other">
          <h3>{t('thematicGroups.summary.unmatched')}</h3>
          <ul class="speakers">
            {s.unmatched.map((g) => (
              <Cited c={c} g={g} />
            ))}
          </ul>
        </article>
      ) : null}
    </section>
  );
}
