import crypto from 'node:crypto';
import os from 'node:os';
import nodemailer from 'nodemailer';

/**
 * The one place Accord hands mail to a mail server, through nodemailer: implicit TLS or STARTTLS,
 * authentication, and a Message-ID we choose (kept on the outbox row, so a bounce or a complaint can
 * be traced to the message). Nothing here touches the database: the outbox calls it outside any
 * transaction, so a slow server never holds a database connection.
 */
export interface MailConfig {
  host: string;
  port: number;
  from: string;
  /** 'tls': TLS from the first byte (port 465); 'starttls': refuse to send unless the server upgrades; 'auto': upgrade when offered. */
  security: 'tls' | 'starttls' | 'auto';
  user?: string;
  pass?: string;
  /** Extra CA certificates (PEM) to trust, e.g. an internal relay's own CA. */
  ca?: string;
  timeoutMs?: number;
}
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  messageId?: string;
}
export type MailOutcome = { status: 'sent'; messageId: string; detail: string } | { status: 'failed'; messageId: string; detail: string; transient: boolean };

/** ACCORD_SMTP_*: unset ACCORD_SMTP_HOST means no mail server, and nothing is ever reported as sent. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const host = env.ACCORD_SMTP_HOST?.trim();
  if (!host) return null;
  const secure = (env.ACCORD_SMTP_SECURE ?? '').trim().toLowerCase();
  const security = ['1', 'true', 'tls', 'ssl'].includes(secure) ? 'tls' : secure === 'starttls' ? 'starttls' : 'auto';
  const port = Number(env.ACCORD_SMTP_PORT ?? (security === 'tls' ? 465 : 25));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`ACCORD_SMTP_PORT is not a port number: ${env.ACCORD_SMTP_PORT}`);
  return {
    host,
    port,
    security,
    from: env.ACCORD_SMTP_FROM?.trim() || 'accord@localhost',
    ...(env.ACCORD_SMTP_USER ? { user: env.ACCORD_SMTP_USER, pass: env.ACCORD_SMTP_PASS ?? '' } : {}),
  };
}

/** `<random@domain-of-sender>`: unique, and attributable to this installation. */
export function newMessageId(from: string) {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'accord.localhost';
  return `<${crypto.randomUUID()}@${domain}>`;
}

// Connection trouble and 4xx replies are worth another attempt later; 5xx replies are final.
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EGREETING']);
function describe(err: unknown): { detail: string; transient: boolean } {
  const e = err as { message?: string; code?: string; responseCode?: number };
  const transient = e.responseCode ? e.responseCode >= 400 && e.responseCode < 500 : TRANSIENT_CODES.has(e.code ?? '') || !e.code;
  return { detail: (e.message ?? String(err)).replace(/\s+/g, ' ').slice(0, 500), transient };
}

/**
 * Sends the messages over one connection, in order; each has its own outcome, so one refused
 * recipient fails only its own message. Header values are one line each (nodemailer encodes them),
 * so a subject cannot inject headers.
 */
export async function sendMessages(config: MailConfig, messages: MailMessage[]): Promise<MailOutcome[]> {
  if (messages.length === 0) return [];
  const timeout = config.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ...(config.user ? { auth: { user: config.user, pass: config.pass ?? '' } } : {}),
    ...(config.ca ? { tls: { ca: config.ca } } : {}),
    name: os.hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'accord',
    pool: true,
    maxConnections: 1,
    maxMessages: Infinity,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  try {
    const outcomes: MailOutcome[] = [];
    for (const m of messages) {
      const messageId = m.messageId ?? newMessageId(config.from);
      try {
        if (/[\r\n]/.test(m.to)) throw Object.assign(new Error('the address contains a line break'), { responseCode: 553 });
        const info = await transport.sendMail({ from: config.from, to: m.to, subject: m.subject.replace(/[\r\n]+/g, ' '), text: m.text, messageId });
        if (info.rejected?.length) outcomes.push({ status: 'failed', messageId, detail: `refused: ${info.rejected.join(', ')}`, transient: false });
        else
          outcomes.push({
            status: 'sent',
            messageId,
            detail: `accepted by ${config.host}:${config.port}${info.response ? ` (${String(info.response).slice(0, 120)})` : ''}`,
          });
      } catch (err) {
        outcomes.push({ status: 'failed', messageId, ...describe(err) });
      }
    }
    return outcomes;
  } finally {
    transport.close();
  }
}
