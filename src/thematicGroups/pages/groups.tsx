import { processName } from '../../i18n/processName.ts';
import type { Ctx } from '../../server/context.ts';
import { page } from '../../server/layout.tsx';
import { dtgMeetings } from '../queries.ts';
import { groupName, groupTheme, MeetingDates } from './parts.tsx';

/** Every dedicated thematic group the reader may see, by process, with its meetings. */
export async function renderIndex(c: Ctx) {
  const t = c.get('t');
  const rows = await dtgMeetings(c.get('db'), c.get('actor'));
  // Process → body (the group) → its meetings, in the order the process lists its bodies.
  const bodies: Array<{ key: string; process: string; title: string; theme: string | null; meetings: typeof rows }> = [];
  for (const r of rows) {
    const key = `${r.process_id}-${r.body_id ?? 0}`;
    let b = bodies.find((x) => x.key === key);
    if (!b) {
      b = { key, process: processName(t, { slug: r.process_slug, title: r.process_title }), title: groupName(t, r), theme: groupTheme(t, r), meetings: [] };
      bodies.push(b);
    }
    b.meetings.push(r);
  }
  return page(
    c,
    t('thematicGroups.title'),
    <>
      <h1>{t('thematicGroups.title')}</h1>
      <p class="lede">{t('thematicGroups.lede')}</p>
      {bodies.length === 0 ? <p class="muted">{t('thematicGroups.none')}</p> : null}
      {bodies.map((b) => (
        <section aria-labelledby={`body-${b.key}`}>
          <h2 id={`body-${b.key}`}>
            <bdi dir="auto">{b.title}</bdi>
          </h2>
          <p class="muted">
            {b.process}
            {b.theme ? (
              <>
                {' '}
                · <bdi dir="auto">{b.theme}</bdi>
              </>
            ) : null}
          </p>
          <ul class="cards">
            {b.meetings.map((m) => (
              <li class="card">
                <h3>
                  <a href={`/thematic-groups/meetings/${m.id}`}>
                    {t('thematicGroups.meeting.number', { n: m.number })}
                    {m.title ? (
                      <>
                        {' '}
                        — <bdi dir="auto">{m.title}</bdi>
                      </>
                    ) : null}
                  </a>
                </h3>
                <p>
                  <MeetingDates m={m} lang={t.lang} />
                </p>
                <p>
                  {m.facilitators.length ? t('thematicGroups.facilitators.list', { names: m.facilitators.join(', ') }) : t('thematicGroups.facilitators.none')}
                </p>
                <p class="muted">{t('thematicGroups.counts', { questions: m.questions, statements: m.statements })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>,
  );
}
