import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LINK_PLACEHOLDER } from '../notifications/outbox.ts';
import { followUpEmail, mailLang, communicationCheckEmail } from './communicationCheckMail.ts';
import { communicationEmail, NewCommunication } from './commands/sendCommunication.ts';

const due = new Date('2026-12-10T15:00:00Z');

test('a point of contact gets its emails in its first UN working language, English otherwise', () => {
  assert.equal(mailLang(['mi', 'FR', 'en']), 'fr');
  assert.equal(mailLang(['de']), 'en');
  assert.equal(mailLang([]), 'en');
  const fr = communicationCheckEmail({ name: 'Bureau cyber', role: 'technical', languages: ['fr'] }, { id: 7 }, due);
  assert.match(fr.subject, /^Test de communication 7 : .*10 décembre 2026/);
  assert.ok(fr.text.includes(LINK_PLACEHOLDER), 'the link placeholder is kept for the sender to fill');
  assert.doesNotMatch(fr.text, /Dear|please/i);
  const ar = communicationCheckEmail({ name: 'مكتب', role: 'diplomatic', languages: ['ar'] }, { id: 7 }, due);
  assert.match(ar.subject, /اختبار الاتصال 7/);
  assert.match(ar.text, /ديسمبر/);
  assert.doesNotMatch(ar.text, /2026-12-10/, 'no ISO date, which Arabic text shows reversed');
  const en = followUpEmail({ name: 'Desk', role: 'technical', languages: ['en'] }, { id: 7, started_at: '2026-12-03T09:00:00Z' }, due, 2);
  assert.match(en.subject, /^Reminder 2: communication check 7/);
  assert.match(en.text, /started 3 December 2026/);
});

test('a communication reaches each contact in its language; what the State wrote is kept as written', () => {
  const c = NewCommunication.parse({ toState: 'FRA', template: 'incident-notification', situation: 'A situation described by the sender.', urgency: 'urgent' });
  const body = 'From: Nowhere\nTo: Elsewhere\n\nIncident:\nA situation described by the sender.';
  const fr = communicationEmail(c, 'NZL', 'FRA', body, ['fr']);
  assert.equal(fr.subject, 'Notification d’un incident lié aux TIC');
  assert.match(fr.text, /^De : Nouvelle-Zélande\nÀ : France\nUrgence : /);
  assert.ok(fr.text.includes('A situation described by the sender.'));
  assert.match(fr.text, /Merci d’accuser réception : \[/);
  const en = communicationEmail(c, 'NZL', 'FRA', body, []);
  assert.equal(en.text, `${body}\n\nPlease acknowledge receipt: ${LINK_PLACEHOLDER}`);
});
