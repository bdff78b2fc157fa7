import { Hono } from 'hono';
import { errorsFor } from '../../reporting/fieldErrors.ts';
import { readForm } from '../../server/api.ts';
import type { AppEnv, Ctx } from '../../server/context.ts';
import { AppError, NotFound } from '../../foundation/errors.ts';
import { addFacilitator } from '../commands/addFacilitator.ts';
import { addGuidingQuestion } from '../commands/addGuidingQuestion.ts';
import { dtgMeeting } from '../dtgMeeting.ts';
import { removeFacilitator } from '../commands/removeFacilitator.ts';
import { removeGuidingQuestion } from '../commands/removeGuidingQuestion.ts';
import { dtgSummary } from '../summary.ts';
import { summaryAkn } from '../summaryAkn.ts';
import { str } from './fields.tsx';
import { renderIndex } from './groups.tsx';
import { renderMeeting } from './meeting.tsx';

/** The thematic groups' pages: the groups, a meeting's page and the forms posted on it, and the summary's exports. */

const num = (c: Ctx, name = 'id') => {
  const n = Number(c.req.param(name));
  if (!Number.isSafeInteger(n) || n <= 0) throw NotFound('That page');
  return n;
};
const baseUrl = (c: Ctx) => new URL(c.req.url).origin;

/** A form's failure shown on its page: field errors beside their fields, in the reader's language. */
async function onFormError(c: Ctx, id: number, which: 'facilitator' | 'question', values: Record<string, string>, err: unknown) {
  if (!(err instanceof AppError) || !err.fields || ![400, 404, 409].includes(err.status)) throw err;
  if (err.status === 404 && !(await dtgMeeting(c.get('db'), id))) throw err;
  return renderMeeting(c, id, { [which]: { values, errors: errorsFor(c.get('t'), err) } }, err.status);
}

export const pages = new Hono<AppEnv>()
  .get('/thematic-groups', (c) => renderIndex(c))
  .get('/thematic-groups/meetings/:id', (c) => renderMeeting(c, num(c)))
  .post('/thematic-groups/meetings/:id/facilitators', async (c) => {
    const id = num(c);
    const f = await readForm(c);
    const values = { name: str(f.name), state: str(f.state), affiliation: str(f.affiliation) };
    try {
      await addFacilitator(c.get('db'), c.get('actor'), id, values);
      return c.redirect(`/thematic-groups/meetings/${id}#facilitators`, 303);
    } catch (err) {
      return onFormError(c, id, 'facilitator', values, err);
    }
  })
  .post('/thematic-groups/meetings/:id/facilitators/:fid/remove', async (c) => {
    const id = num(c);
    await removeFacilitator(c.get('db'), c.get('actor'), id, num(c, 'fid'));
    return c.redirect(`/thematic-groups/meetings/${id}#facilitators`, 303);
  })
  .post('/thematic-groups/meetings/:id/questions', async (c) => {
    const id = num(c);
    const f = await readForm(c);
    const values = { text: str(f.text), number: str(f.number), pillar: str(f.pillar), element: str(f.element) };
    try {
      await addGuidingQuestion(c.get('db'), c.get('actor'), id, {
        text: values.text,
        number: values.number || undefined,
        pillar: values.pillar || undefined,
        element: values.element || undefined,
      });
      return c.redirect(`/thematic-groups/meetings/${id}#questions`, 303);
    } catch (err) {
      return onFormError(c, id, 'question', values, err);
    }
  })
  .post('/thematic-groups/meetings/:id/questions/:qid/remove', async (c) => {
    const id = num(c);
    await removeGuidingQuestion(c.get('db'), c.get('actor'), id, num(c, 'qid'));
    return c.redirect(`/thematic-groups/meetings/${id}#questions`, 303);
  })
  .get('/thematic-groups/meetings/:id/summary.docx', async (c) => {
    const s = await dtgSummary(c.get('db'), c.get('actor'), num(c));
    const { summaryDocx } = await import('../summaryDocx.ts'); // Word's library loads only when asked
    const bytes = await summaryDocx(c.get('t'), s, baseUrl(c));
    return c.body(bytes, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="dtg-meeting-${s.meeting.id}-summary.docx"`,
    });
  })
  .get('/thematic-groups/meetings/:id/summary.xml', async (c) => {
    const s = await dtgSummary(c.get('db'), c.get('actor'), num(c));
    return c.body(summaryAkn(s, baseUrl(c)), 200, { 'content-type': 'application/akn+xml; charset=UTF-8' });
  });
