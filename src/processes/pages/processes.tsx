import { Hono } from 'hono';
import { errorsFor } from '../../reporting/fieldErrors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { addAgendaItem } from '../commands/addAgendaItem.ts';
import { addBody } from '../commands/addBody.ts';
import { createCycle } from '../commands/createCycle.ts';
import { createSession } from '../commands/createSession.ts';
import { pick } from './fields.tsx';
import { AGENDA_ROWS } from './manage.tsx';
import { renderProcess } from './process.tsx';
import { renderIndex } from './processList.tsx';

/** The processes' pages: the list, a process's page, and the Secretariat's forms posted on it. */

/** A form's failure as the page again, its values kept and its errors beside the fields; anything else goes to the error page. */
async function orPage(c: Ctx, slug: string, form: string, values: Record<string, string>, run: () => Promise<string>) {
  try {
    return c.redirect(await run(), 303);
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields || (err.status !== 400 && err.status !== 409)) throw err;
    return renderProcess(c, slug, { form, values, errors: errorsFor(c.get('t'), err) }, err.status);
  }
}

export const pages = new Hono<AppEnv>()
  .get('/processes', (c) => renderIndex(c))
  .get('/processes/:slug', (c) => renderProcess(c, c.req.param('slug')))
  .post('/processes/:slug/cycles', async (c) => {
    const slug = c.req.param('slug');
    const values = pick(await readForm(c), ['title', 'startsOn', 'endsOn', 'outcome']);
    return orPage(c, slug, 'cycle', values, async () => {
      const cy = await createCycle(c.get('db'), c.get('actor'), slug, values as never);
      return `/processes/${slug}#cycle-${cy.slug}`;
    });
  })
  .post('/processes/:slug/bodies', async (c) => {
    const slug = c.req.param('slug');
    const values = pick(await readForm(c), ['kind', 'title', 'theme']);
    return orPage(c, slug, 'body', values, async () => {
      const b = await addBody(c.get('db'), c.get('actor'), slug, values as never);
      return `/processes/${slug}#body-${b.slug}`;
    });
  })
  .post('/processes/:slug/sessions', async (c) => {
    const slug = c.req.param('slug');
    const f = await readForm(c);
    const rows = Array.from({ length: AGENDA_ROWS }, (_, i) => [`agendaItems.${i}.number`, `agendaItems.${i}.title`, `agendaItems.${i}.pillar`]).flat();
    const values = pick(f, ['body', 'meetingType', 'cycle', 'title', 'number', 'startsOn', 'endsOn', ...rows]);
    // Rows left blank are not items; a row half filled is, and is told what it lacks.
    const agendaItems = Array.from({ length: AGENDA_ROWS }, (_, i) => ({
      number: values[`agendaItems.${i}.number`]!,
      title: values[`agendaItems.${i}.title`]!,
      pillar: values[`agendaItems.${i}.pillar`] || undefined,
    }))
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.number || a.title);
    return orPage(c, slug, 'session', values, async () => {
      try {
        const s = await createSession(c.get('db'), c.get('actor'), slug, {
          body: values.body!,
          meetingType: (values.meetingType || undefined) as never,
          cycle: values.cycle || undefined,
          title: values.title!,
          number: values.number || undefined,
          startsOn: values.startsOn!,
          endsOn: values.endsOn!,
          agendaItems: agendaItems.map(({ a }) => a),
        });
        return `/processes/${slug}#session-${s.id}`;
      } catch (err) {
        // Item k of the list is row i of the form: errors go beside the row typed.
        if (err instanceof AppError && err.fields)
          renumber(
            err,
            agendaItems.map(({ i }) => i),
          );
        throw err;
      }
    });
  })
  .post('/processes/:slug/sessions/:id/agenda-items', async (c) => {
    const slug = c.req.param('slug');
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw NotFound('That session', 'session.not_found');
    const values = pick(await readForm(c), ['number', 'title', 'pillar']);
    return orPage(c, slug, `agenda-${id}`, values, async () => {
      await addAgendaItem(c.get('db'), c.get('actor'), slug, id, { number: values.number!, title: values.title!, pillar: values.pillar || undefined });
      return `/processes/${slug}#session-${id}`;
    });
  });

/** Rewrites `agendaItems.k.*` field paths of an error to the form rows the items came from. */
function renumber(err: AppError, rowOf: number[]) {
  const re = /^agendaItems\.(\d+)\./;
  const move = <T,>(o: Record<string, T> | undefined) => {
    if (!o) return;
    const entries = Object.entries(o);
    for (const [k] of entries) delete o[k];
    for (const [k, v] of entries) {
      const m = re.exec(k);
      const row = m ? rowOf[Number(m[1])] : undefined;
      o[row === undefined ? k : k.replace(re, `agendaItems.${row}.`)] = v;
    }
  };
  move(err.fields as Record<string, string>);
  move((err as { messages?: Record<string, unknown> }).messages);
}
