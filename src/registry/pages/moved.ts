import { Hono } from 'hono';
import type { AppEnv } from '../../server/context.ts';
import { movedTo } from '../../server/moved.ts';

const CHECKS = '/points-of-contact/communication-checks';
/** /contacts/… is /points-of-contact/…: the rest of the path is kept. */
const renamed = movedTo((c) => `/points-of-contact${c.req.path.slice('/contacts'.length)}`);

/**
 * The registry's renamed pages: bookmarks and forms keep working (308 keeps the method and the body),
 * and the new path decides access. /contacts/pings until migrations/0509_communication_checks.sql,
 * /contacts until migrations/0510_points_of_contact_names.sql. The pings paths come first, so that
 * /contacts/:id does not take "pings" for an id.
 */
export const movedPages = new Hono<AppEnv>()
  .get('/contacts/pings', movedTo(CHECKS))
  .post('/contacts/pings', movedTo(CHECKS))
  .get(
    '/contacts/pings/:id',
    movedTo((c) => `${CHECKS}/${c.req.param('id')}`),
  )
  .post(
    '/contacts/pings/:id/follow-up',
    movedTo((c) => `${CHECKS}/${c.req.param('id')}/follow-up`),
  )
  .get('/contacts', renamed)
  .post('/contacts', renamed)
  .get('/contacts/new', renamed)
  .get('/contacts/communication-checks', renamed)
  .post('/contacts/communication-checks', renamed)
  .get('/contacts/communication-checks/:id', renamed)
  .post('/contacts/communication-checks/:id/follow-up', renamed)
  .get('/contacts/communications', renamed)
  .post('/contacts/communications', renamed)
  .get('/contacts/communications/:id', renamed)
  .get('/contacts/:id', renamed)
  .post('/contacts/:id', renamed)
  .post('/contacts/:id/retire', renamed);
