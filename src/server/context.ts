import type { Context } from 'hono';
import type { Actor } from '../accounts/actor.ts';
import type { Db } from '../db/engine.ts';
import type { Lang, Translate } from '../i18n/index.ts';
import type { Config } from './config.ts';

/** What every handler finds on the context; set by the middleware in app.ts. */
export interface AppEnv {
  Variables: {
    db: Db;
    config: Config;
    actor: Actor;
    /** The CSRF token forms must echo (the session's, or the anonymous double-submit cookie's). */
    csrf: string;
    sessionId: string | null;
    lang: Lang;
    t: Translate;
  };
}
export type Ctx = Context<AppEnv>;
