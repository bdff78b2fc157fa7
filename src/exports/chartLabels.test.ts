import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axisLabels, scriptOf, textWidth, wrapLabel } from './chartLabels.ts';

// Widths of these labels as Chromium draws them in CHART_FONT at 12 px (canvas measureText, rounded up):
// the estimate must never be narrower (a clipped label) nor more than a third wider (a wasted chart).
const MEASURED: Array<[string, string, number]> = [
  ['latin', 'Asia-Pacific Group', 102],
  ['latin', 'Weigh all information before responding to incidents', 299],
  ['latin', 'Intégrité de la chaîne d’approvisionnement ; non-prolifération des outils malveillants', 475],
  ['cyrillic', 'Сотрудничество между CERT/CSIRT', 205],
  ['cyrillic', 'Ответственность государств и контрмеры; отказ от посредников', 383],
  ['cjk', '计算机应急响应小组之间的合作', 169],
  ['cjk', '国家责任和反措施；不得利用代理人', 193],
  ['arabic', 'الهجمات على البنية التحتية الحيوية', 164],
  ['arabic', 'القدرات العسكرية في مجال تكنولوجيا المعلومات والاتصالات واستخدامها في النزاعات', 402],
  ['arabic', 'مسؤولية الدول والتدابير المضادة؛ عدم استخدام الوكلاء', 253],
];

test('label widths are estimated per script, never narrower than drawn', () => {
  for (const [script, label, drawn] of MEASURED) {
    assert.equal(scriptOf(label.codePointAt(0)!), script, label);
    const w = textWidth(label, 12);
    assert.ok(w + 1 >= drawn, `${script} "${label}": estimated ${w.toFixed(0)} px < drawn ${drawn} px`);
    assert.ok(w <= drawn * 1.35, `${script} "${label}": estimated ${w.toFixed(0)} px, drawn ${drawn} px`);
  }
  assert.equal(textWidth('الحَقُّ', 12), textWidth('الحق', 12), 'Arabic vowel marks take no room');
  assert.equal(textWidth('合作', 24), 48, 'CJK is full width');
});

test('the margin is sized from the widest label, so Arabic and Chinese get their own', () => {
  const en = axisLabels(['African Group', 'Asia-Pacific Group'], { max: 300 });
  const ar = axisLabels(['مجموعة الدول الأفريقية', 'مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي'], { max: 300 });
  const zh = axisLabels(['非洲国家集团', '拉丁美洲和加勒比国家集团'], { max: 300 });
  assert.equal(en.margin, Math.ceil(textWidth('Asia-Pacific Group') + 17));
  assert.equal(ar.margin, Math.ceil(textWidth('مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي') + 17));
  assert.equal(zh.margin, Math.ceil(12 * 12 + 17));
  assert.ok(ar.margin > en.margin && ar.margin > 200, `Arabic ${ar.margin}, English ${en.margin}`);
  for (const x of [en, ar, zh]) assert.equal(x.lines, 1);
  assert.equal(en.format('African Group'), 'African Group');
  assert.equal(en.titles.size, 0, 'labels drawn whole carry no extra title');
  assert.equal(axisLabels(['a'], { max: 300, min: 40 }).margin, 40, 'a floor for short labels');
});

test('a label too long for the margin wraps onto two lines, then is cut, with its full text kept', () => {
  const long = 'Intégrité de la chaîne d’approvisionnement ; non-prolifération des outils malveillants et des fonctions cachées';
  const y = axisLabels([long, 'Court'], { max: 200 });
  assert.ok(y.margin <= 200 + 17, `margin ${y.margin} stays within its cap`);
  assert.equal(y.lines, 2);
  const lines = y.format(long).split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines[1]!.endsWith('…'), lines[1]);
  assert.ok(
    lines.every((l) => textWidth(l) <= 200),
    lines.join(' | '),
  );
  assert.equal(y.titles.get(lines.join('')), long, 'the <title> carries the whole label');

  const zh = wrapLabel('负责任地报告信通技术漏洞并分享补救办法，以及其他相关措施和信息', 100);
  assert.equal(zh.lines.length, 2, 'CJK breaks between characters');
  assert.ok(
    zh.lines.every((l) => textWidth(l) <= 100),
    zh.lines.join(' | '),
  );
  assert.ok(!zh.lines[1]!.startsWith('，'), 'CJK punctuation stays with the character before it');

  const ar = wrapLabel('القدرات العسكرية في مجال تكنولوجيا المعلومات والاتصالات واستخدامها في النزاعات', 160);
  assert.equal(ar.lines.length, 2);
  assert.ok(ar.shortened && ar.lines[1]!.endsWith('…'));
  assert.ok(
    ar.lines.every((l) => textWidth(l) <= 160),
    ar.lines.join(' | '),
  );
  assert.ok(ar.lines[0]!.startsWith('القدرات العسكرية'), 'Arabic breaks between words, in reading order');
});
