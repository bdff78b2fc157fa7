import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { documentTitle } from './layout.tsx';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

test('a title names the page, then the product once', () => {
  assert.equal(documentTitle('Accord'), 'Accord');
  assert.equal(documentTitle(''), 'Accord');
  assert.equal(documentTitle('Reporting'), 'Reporting — Accord');
  assert.equal(documentTitle('Reporting — Accord'), 'Reporting — Accord');
  assert.equal(documentTitle('Accord plenary notes'), 'Accord plenary notes — Accord', 'only a trailing product name is dropped');
});

test('the home page is titled "Accord", other pages "<page> — Accord", in every language', async () => {
  const pub = await ctx.as('public');
  for (const lang of ['en', 'ar', 'zh']) {
    assert.equal(titleOf(await (await pub.request(`/?lang=${lang}`)).text()), 'Accord', lang);
    const framework = titleOf(await (await pub.request(`/framework?lang=${lang}`)).text())!;
    assert.match(framework, /^.+ — Accord$/, lang);
    assert.doesNotMatch(framework, /Accord.*Accord/, lang);
  }
});

test('every page links Accord’s own SVG favicon, served from Accord with its type', async () => {
  const pub = await ctx.as('public');
  const home = await (await pub.request('/')).text();
  assert.match(home, /<link rel="icon" href="\/assets\/favicon\.svg" type="image\/svg\+xml">/);
  const icon = await pub.request('/assets/favicon.svg');
  assert.equal(icon.status, 200);
  assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
  const svg = await icon.text();
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.doesNotMatch(svg, /href=|url\(|<image|<script/i, 'self-contained: nothing fetched, nothing run');
});
