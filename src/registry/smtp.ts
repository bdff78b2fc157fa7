import net from 'node:net';
import os from 'node:os';
import type { Db } from '../db/engine.ts';

/**
 * A minimal SMTP client over node:net (EHLO, MAIL FROM, RCPT TO, DATA, QUIT), enough to hand mail to
 * a local relay. No TLS and no AUTH: the relay on the operator's network does those.
 * Configured by ACCORD_SMTP_HOST / ACCORD_SMTP_PORT (default 25) and ACCORD_SMTP_FROM.
 */
export interface SmtpConfig { host: string; port: number; from: string; timeoutMs?: number }
export interface MailMessage { to: string; subject: string; text: string }
export interface SendOutcome { status: 'sent' | 'not-sent' | 'failed'; detail: string }

export function smtpConfigFromEnv(env = process.env): SmtpConfig | null {
  if (!env.ACCORD_SMTP_HOST) return null;
  return { host: env.ACCORD_SMTP_HOST, port: Number(env.ACCORD_SMTP_PORT ?? 25), from: env.ACCORD_SMTP_FROM ?? 'accord@localhost' };
}

const NOT_CONFIGURED: SendOutcome = { status: 'not-sent', detail: 'not sent (no SMTP configured)' };

/** Header values may not carry line breaks: a subject with CRLF would inject headers. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

function encodeHeader(s: string) {
  const line = oneLine(s);
  return /^[\x20-\x7e]*$/.test(line) ? line : `=?UTF-8?B?${Buffer.from(line, 'utf8').toString('base64')}?=`;
}

function formatMessage(from: string, m: MailMessage): string {
  // Dot-stuffing: a line starting with "." would otherwise end DATA early.
  const body = m.text.replace(/\r?\n/g, '\r\n').split('\r\n').map((l) => (l.startsWith('.') ? '.' + l : l)).join('\r\n');
  return [
    `From: ${oneLine(from)}`, `To: ${oneLine(m.to)}`, `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${new Date().toUTCString()}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit', '', body,
  ].join('\r\n');
}

/** One SMTP conversation: reads replies (multi-line aware) and sends commands in order. */
class Conversation {
  private buffer = '';
  private waiting: Array<(reply: { code: number; text: string }) => void> = [];
  private replies: Array<{ code: number; text: string }> = [];
  private failure: Error | null = null;
  constructor(private socket: net.Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => { this.buffer += chunk; this.drain(); });
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error('the SMTP server closed the connection')));
  }
  private fail(err: Error) {
    this.failure ??= err;
    for (const w of this.waiting.splice(0)) w({ code: 0, text: err.message });
  }
  private drain() {
    let lines: string[] = [];
    while (true) {
      const i = this.buffer.indexOf('\r\n');
      if (i < 0) break;
      const line = this.buffer.slice(0, i);
      this.buffer = this.buffer.slice(i + 2);
      lines.push(line);
      // "250-" continues a reply; "250 " ends it.
      if (/^\d{3}(?: |$)/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), text: lines.join('\n') };
        lines = [];
        const w = this.waiting.shift();
        if (w) w(reply); else this.replies.push(reply);
      }
    }
    if (lines.length) this.buffer = lines.map((l) => l + '\r\n').join('') + this.buffer;
  }
  read(): Promise<{ code: number; text: string }> {
    if (this.replies.length) return Promise.resolve(this.replies.shift()!);
    if (this.failure) return Promise.resolve({ code: 0, text: this.failure.message });
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  async expect(command: string | null, ok: number[]): Promise<void> {
    if (command !== null) this.socket.write(command + '\r\n');
    const reply = await this.read();
    if (!ok.includes(reply.code)) throw new Error(`${command?.split(' ')[0] ?? 'greeting'}: ${reply.code || ''} ${reply.text}`.trim());
  }
}

/**
 * Sends several messages over one connection; each message gets its own outcome, so one refused
 * recipient does not fail the rest.
 */
export async function sendMails(config: SmtpConfig | null, messages: MailMessage[]): Promise<SendOutcome[]> {
  if (!config) return messages.map(() => NOT_CONFIGURED);
  if (messages.length === 0) return [];
  const socket = net.connect({ host: config.host, port: config.port });
  socket.setTimeout(config.timeoutMs ?? 10_000, () => socket.destroy(new Error('the SMTP server did not answer in time')));
  const conv = new Conversation(socket);
  const outcomes: SendOutcome[] = [];
  try {
    await conv.expect(null, [220]);
    await conv.expect(`EHLO ${os.hostname().replace(/[^A-Za-z0-9.-]/g, '') || 'accord'}`, [250]);
    for (const m of messages) {
      try {
        if (/[\r\n<>]/.test(m.to)) throw new Error('the address contains characters SMTP does not allow');
        await conv.expect(`MAIL FROM:<${config.from}>`, [250]);
        await conv.expect(`RCPT TO:<${m.to}>`, [250, 251]);
        await conv.expect('DATA', [354]);
        await conv.expect(formatMessage(config.from, m) + '\r\n.', [250]);
        outcomes.push({ status: 'sent', detail: `accepted by ${config.host}:${config.port}` });
      } catch (err) {
        outcomes.push({ status: 'failed', detail: (err as Error).message });
        await conv.expect('RSET', [250]).catch(() => {});
      }
    }
    await conv.expect('QUIT', [221]).catch(() => {});
  } catch (err) {
    while (outcomes.length < messages.length) outcomes.push({ status: 'failed', detail: (err as Error).message });
  } finally {
    socket.destroy();
  }
  return outcomes;
}

/** Sends one message and records it (with its outcome) in outbound_emails. */
export async function deliverAndRecord(db: Db, message: MailMessage & { relatedType?: string; relatedId?: string | number; recordedBody?: string }, config = smtpConfigFromEnv()) {
  const [outcome] = await sendMails(config, [message]);
  await db.insertInto('outbound_emails').values({
    to_address: message.to, subject: message.subject, body: message.recordedBody ?? message.text, status: outcome!.status,
    detail: outcome!.detail, related_type: message.relatedType ?? null, related_id: message.relatedId == null ? null : String(message.relatedId),
  }).execute();
  return outcome!;
}
