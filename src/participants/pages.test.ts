import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp } from '../testing/app.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
before(async () => {
  ctx = await testApp();
});
after(() => ctx.close());

test('the States list names and orders the States in the reader’s language', async () => {
  const html = await (await ctx.app.request('/states?lang=fr')).text();
  assert.ok(html.includes('>Fédération de Russie</a>'));
  assert.ok(!html.includes('>Russian Federation</a>'));
  const order = ['Afghanistan', 'Afrique du Sud', 'Albanie', 'Algérie', 'Allemagne'].map((n) => html.indexOf(`>${n}</a>`));
  assert.ok(
    order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)),
    `French alphabetical order: ${order}`,
  );
});

test('a State’s profile is headed by its name in the reader’s language and still gives the English one', async () => {
  const html = await (await ctx.app.request('/states/RUS?lang=ar')).text();
  assert.match(html, /<h1>الاتحاد الروسي<\/h1>/);
  assert.ok(html.includes('Russian Federation'), 'the English official name among the other names');
});

test('a name search finds a State by its name in any UN language', async () => {
  for (const q of ['Russie', 'federacion de rusia', 'Российская', '俄罗斯']) {
    const html = await (await ctx.app.request(`/states?lang=fr&q=${encodeURIComponent(q)}`)).text();
    assert.ok(html.includes('>Fédération de Russie</a>'), q);
    assert.ok(!html.includes('>Afghanistan</a>'), `${q} finds only what it names`);
  }
});

test('regional groups are named in the reader’s language', async () => {
  const html = await (await ctx.app.request('/states?lang=es&q=Mexico')).text();
  assert.ok(html.includes('Grupo de los Estados de América Latina y el Caribe'), 'the group column');
  const profile = await (await ctx.app.request('/states/TUR?lang=fr')).text();
  assert.ok(profile.includes('Groupe des États d&#39;Europe occidentale et autres États'), 'escaped as HTML');
});

test('organisations are named in the reader’s language', async () => {
  const profile = await (await ctx.app.request('/states/TUR?lang=es')).text();
  assert.ok(profile.includes('Organización para la Seguridad y la Cooperación en Europa'));
  const ar = await (await ctx.app.request('/states/GHA?lang=ar')).text();
  assert.match(ar, /الاتحاد الأفريقي و?[^,<]*الكمنولث/, 'an Arabic list of organisations has no Latin comma');
  const list = await (await ctx.app.request('/states?lang=ru')).text();
  assert.ok(list.includes('>Африканский союз</option>'), 'the organisation filter');
});
