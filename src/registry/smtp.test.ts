import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { sendMails, type SmtpConfig } from './smtp.ts';

/**
 * A local SMTP test server on 127.0.0.1 (port 0): speaks just enough SMTP, refuses one recipient,
 * and keeps every message it accepted, so the client is tested against a real socket conversation.
 */
interface Received { from: string; to: string[]; data: string }
let server: net.Server;
let port = 0;
const received: Received[] = [];
const commands: string[] = [];

before(async () => {
  server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buf = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    socket.write('220 test.local ESMTP ready\r\n');
    socket.on('data', (chunk: string) => {
      buf += chunk;
      while (true) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buf.slice(0, end);
          buf = buf.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const i = buf.indexOf('\r\n');
        if (i < 0) return;
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        commands.push(line.split(/[ :]/)[0]!.toUpperCase());
        if (/^EHLO /i.test(line)) socket.write('250-test.local\r\n250-SIZE 1000000\r\n250 8BITMIME\r\n');
        else if (/^MAIL FROM:/i.test(line)) { current.from = line.slice(10); socket.write('250 ok\r\n'); }
        else if (/^RCPT TO:<refused@/i.test(line)) socket.write('550 5.1.1 no such user\r\n');
        else if (/^RCPT TO:/i.test(line)) { current.to.push(line.slice(8)); socket.write('250 ok\r\n'); }
        else if (/^DATA/i.test(line)) { inData = true; socket.write('354 go ahead\r\n'); }
        else if (/^RSET/i.test(line)) { current = { from: '', to: [], data: '' }; socket.write('250 reset\r\n'); }
        else if (/^QUIT/i.test(line)) { socket.write('221 bye\r\n'); socket.end(); }
        else socket.write('500 unknown\r\n');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as net.AddressInfo).port;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const config = (): SmtpConfig => ({ host: '127.0.0.1', port, from: 'accord@test.local', timeoutMs: 3000 });

test('sends several messages over one conversation, with dot-stuffing and encoded subjects', async () => {
  const before = received.length;
  const outcomes = await sendMails(config(), [
    { to: 'poc@nzl.example.org', subject: 'Communication check 1', text: 'Line one\n.hidden dot line\nLink: http://x/ack/abc' },
    { to: 'poc@fra.example.org', subject: 'Vérification des communications', text: 'Bonjour' },
  ]);
  assert.deepEqual(outcomes.map((o) => o.status), ['sent', 'sent']);
  const [a, b] = received.slice(before);
  assert.equal(a!.from, '<accord@test.local>');
  assert.deepEqual(a!.to, ['<poc@nzl.example.org>']);
  assert.match(a!.data, /^Subject: Communication check 1$/m);
  assert.match(a!.data, /\r\n\.\.hidden dot line\r\n/, 'a leading dot is doubled on the wire');
  assert.match(b!.data, /^Subject: =\?UTF-8\?B\?/m);
  assert.deepEqual(commands.slice(0, 2), ['EHLO', 'MAIL']);
});

test('a refused recipient fails only its own message; the next one is still sent', async () => {
  const outcomes = await sendMails(config(), [
    { to: 'refused@nowhere.example', subject: 'x', text: 'x' },
    { to: 'ok@example.org', subject: 'y', text: 'y' },
  ]);
  assert.equal(outcomes[0]!.status, 'failed');
  assert.match(outcomes[0]!.detail, /550/);
  assert.equal(outcomes[1]!.status, 'sent');
  assert.ok(commands.includes('RSET'));
});

test('header injection through the subject is neutralised', async () => {
  const before = received.length;
  await sendMails(config(), [{ to: 'ok@example.org', subject: 'Hello\r\nBcc: evil@example.org', text: 'x' }]);
  assert.doesNotMatch(received[before]!.data, /^Bcc:/m);
});

test('without SMTP configured nothing is sent and the outcome says so; an unreachable server fails cleanly', async () => {
  assert.deepEqual(await sendMails(null, [{ to: 'a@example.org', subject: 's', text: 't' }]), [{ status: 'not-sent', detail: 'not sent (no SMTP configured)' }]);
  const closed = net.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
  const deadPort = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const out = await sendMails({ host: '127.0.0.1', port: deadPort, from: 'a@b.c', timeoutMs: 1000 }, [{ to: 'a@example.org', subject: 's', text: 't' }]);
  assert.equal(out[0]!.status, 'failed');
});
