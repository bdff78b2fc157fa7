import pino from 'pino';

/** JSON lines to stdout; LOG_LEVEL=silent in tests. */
export const log = pino({ level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'), base: { app: 'accord' } });
