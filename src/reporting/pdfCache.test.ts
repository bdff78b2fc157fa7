import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printOnce } from './pdfCache.ts';

test('a page is printed once per distinct content; concurrent requests share the print; failures are not kept', async () => {
  let prints = 0;
  const print = async (html: string) => {
    prints++;
    await new Promise((r) => setTimeout(r, 10));
    return Buffer.from(`%PDF ${html}`);
  };
  const [a, b] = await Promise.all([printOnce('<p>one</p>', print), printOnce('<p>one</p>', print)]);
  assert.equal(prints, 1);
  assert.equal(a, b);
  assert.equal(String(await printOnce('<p>one</p>', print)), '%PDF <p>one</p>');
  assert.equal(prints, 1);
  await printOnce('<p>two</p>', print);
  assert.equal(prints, 2, 'changed content is printed again');
  let attempts = 0;
  const broken = async () => {
    attempts++;
    throw new Error('no chromium');
  };
  await assert.rejects(printOnce('<p>three</p>', broken));
  await assert.rejects(printOnce('<p>three</p>', broken));
  assert.equal(attempts, 2, 'a failure is tried again next time');
  for (let i = 0; i < 40; i++) await printOnce(`<p>${i}</p>`, print);
  const before = prints;
  await printOnce('<p>one</p>', print);
  assert.equal(prints, before + 1, 'the oldest prints make room');
});
