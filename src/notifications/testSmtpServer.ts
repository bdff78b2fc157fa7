import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';

/**
 * A small SMTP server on 127.0.0.1 for tests: speaks enough ESMTP for nodemailer (EHLO, STARTTLS,
 * AUTH PLAIN and LOGIN, MAIL, RCPT, DATA, RSET, QUIT), optionally TLS from the first byte, and keeps
 * every message it accepted with how it was delivered. "refused@…" gets a 550, "later@…" a 451.
 * `beforeAccept` runs before DATA is answered, so a test can look at the database mid-send.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const TEST_CERT = fs.readFileSync(path.join(here, 'testdata/smtp-test-cert.pem'), 'utf8');
const TEST_KEY = fs.readFileSync(path.join(here, 'testdata/smtp-test-key.pem'), 'utf8');

export interface Received {
  from: string;
  to: string[];
  data: string;
  secure: boolean;
  user: string | null;
}
export interface TestSmtpServer {
  port: number;
  received: Received[];
  commands: string[];
  close(): Promise<void>;
}

export async function startTestSmtpServer(
  opts: { implicitTls?: boolean; starttls?: boolean; auth?: { user: string; pass: string }; beforeAccept?: (m: Received) => Promise<void> } = {},
): Promise<TestSmtpServer> {
  const received: Received[] = [];
  const commands: string[] = [];
  const sockets = new Set<net.Socket>();
  const serve = (raw: net.Socket, startsSecure: boolean) => {
    let socket: net.Socket = raw;
    let secure = startsSecure;
    let user: string | null = null;
    let buf = '';
    let inData = false;
    let pendingLogin: 'user' | 'pass' | null = null;
    let loginUser = '';
    let current: Received = { from: '', to: [], data: '', secure, user };
    const say = (line: string) => socket.write(line + '\r\n');
    const authOk = (u: string, p: string) => {
      if (opts.auth && u === opts.auth.user && p === opts.auth.pass) {
        user = u;
        say('235 2.7.0 authenticated');
      } else say('535 5.7.8 bad credentials');
    };
    const onLine = async (line: string) => {
      if (pendingLogin === 'user') {
        loginUser = Buffer.from(line, 'base64').toString();
        pendingLogin = 'pass';
        return say('334 UGFzc3dvcmQ6');
      }
      if (pendingLogin === 'pass') {
        pendingLogin = null;
        return authOk(loginUser, Buffer.from(line, 'base64').toString());
      }
      const verb = line.split(/[ :]/)[0]!.toUpperCase();
      commands.push(verb);
      if (verb === 'EHLO') {
        const ext = ['250-test.local', '250-8BITMIME', '250-SMTPUTF8'];
        if (opts.starttls && !secure) ext.push('250-STARTTLS');
        if (opts.auth) ext.push('250-AUTH PLAIN LOGIN');
        ext.push('250 SIZE 10000000');
        return socket.write(ext.join('\r\n') + '\r\n');
      }
      if (verb === 'STARTTLS' && opts.starttls && !secure) {
        say('220 2.0.0 ready to start TLS');
        socket.removeAllListeners('data');
        const upgraded = new tls.TLSSocket(socket, { isServer: true, key: TEST_KEY, cert: TEST_CERT });
        socket = upgraded;
        secure = true;
        buf = '';
        upgraded.setEncoding('utf8');
        upgraded.on('data', onData);
        upgraded.on('error', () => {});
        return;
      }
      if (verb === 'AUTH') {
        const [, mech, initial] = line.split(' ');
        if (mech?.toUpperCase() === 'PLAIN') {
          const [, u = '', p = ''] = Buffer.from(initial ?? '', 'base64')
            .toString()
            .split('\u0000');
          return authOk(u, p);
        }
        if (mech?.toUpperCase() === 'LOGIN') {
          pendingLogin = 'user';
          return say('334 VXNlcm5hbWU6');
        }
        return say('504 unknown mechanism');
      }
      if (verb === 'MAIL') {
        if (opts.auth && !user) return say('530 5.7.0 authentication required');
        current = { from: line.slice(10).split(' ')[0]!, to: [], data: '', secure, user };
        return say('250 ok');
      }
      if (verb === 'RCPT') {
        if (/<refused@/i.test(line)) return say('550 5.1.1 no such user');
        if (/<later@/i.test(line)) return say('451 4.3.0 try again later');
        current.to.push(line.slice(8));
        return say('250 ok');
      }
      if (verb === 'DATA') {
        inData = true;
        return say('354 go ahead');
      }
      if (verb === 'RSET') {
        current = { from: '', to: [], data: '', secure, user };
        return say('250 reset');
      }
      if (verb === 'QUIT') {
        say('221 bye');
        return socket.end();
      }
      if (verb === 'NOOP') return say('250 ok');
      return say('500 unknown command');
    };
    let chain = Promise.resolve();
    function onData(chunk: string) {
      buf += chunk;
      chain = chain.then(async () => {
        while (true) {
          if (inData) {
            const end = buf.indexOf('\r\n.\r\n');
            if (end < 0) return;
            current.data = buf.slice(0, end);
            buf = buf.slice(end + 5);
            inData = false;
            const m = current;
            current = { from: '', to: [], data: '', secure, user };
            if (opts.beforeAccept) await opts.beforeAccept(m);
            received.push(m);
            say('250 2.0.0 queued as test' + received.length);
            continue;
          }
          const i = buf.indexOf('\r\n');
          if (i < 0) return;
          const line = buf.slice(0, i);
          buf = buf.slice(i + 2);
          await onLine(line);
        }
      });
    }
    socket.setEncoding('utf8');
    socket.on('data', onData);
    socket.on('error', () => {});
    say('220 test.local ESMTP ready');
  };
  const server = opts.implicitTls
    ? tls.createServer({ key: TEST_KEY, cert: TEST_CERT }, (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        serve(s, true);
      })
    : net.createServer((s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        serve(s, false);
      });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    commands,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
