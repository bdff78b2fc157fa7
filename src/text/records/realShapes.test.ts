import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Shapes met in real meeting records, each written here in our own words (no real text is copied).

const who = (text: string, kind?: 'event-report' | 'transcript' | 'summary-record') =>
  readDocument(text, { kind }).statements.map(
    (s) =>
      `${s.sentences.from.paragraph}.${s.sentences.from.sentence}-${s.sentences.to.paragraph}.${s.sentences.to.sentence} ${s.speaker}${s.deliveredBy ? `<${s.deliveredBy}` : ''}`,
  );

test('a long list of States ending on "and others" is one joint statement', () => {
  const text = [
    'Event report',
    'Brazil, Kenya, the Philippines, and others argued that the draft should stay short. These delegations also asked for fewer annexes.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.2 BRA', '2.1-2.2 KEN', '2.1-2.2 PHL']);
});

test('the current speaker named again without a reporting verb goes on; another participant does not', () => {
  const text = [
    'Event report',
    'Egypt listed its concerns about the draft. Egypt, although unhappy with the outcome, will not stand in the way. It asked that its view be recorded.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.3 EGY']);
});

test('a side clause names the Chair in a sentence with no reporting verb', () => {
  const text = ['Event report', 'The working group resumed its work on Monday, with the Chair calling for focused remarks.'].join('\n');
  assert.deepEqual(who(text), ['2.1-2.1 chair']);
});

test('"X for GROUP verb" without commas, and a named body of a participant', () => {
  const text = [
    'Event report',
    'Peru for the Lima Circle welcomed the draft. Ghana for the African Group asked for more funding.',
    "Looking ahead, the Head of the European Union's Delegation on Digital Affairs warned against new divisions.",
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.1 PER', '2.2-2.2 african-group<GHA', '3.1-3.1 eu-member-states']);
});

test('a person with a State written with parentheses, and a State speaking also for others', () => {
  const text = [
    'Summary record',
    '1. Mr. Rahimi (Iran (Islamic Republic of)) said that the text needed more balance.',
    '2. Ms. Lopez (Bolivia (Plurinational State of)), speaking also on behalf of Cuba and Nicaragua, said that the three delegations wanted a treaty.',
    '3. Mr. Tane (New Zealand), speaking also on behalf of Australia and Canada, said that law already applied.',
  ].join('\n');
  const r = readDocument(text, { kind: 'summary-record' });
  assert.deepEqual(who(text, 'summary-record'), ['2.1-2.1 IRN', '3.1-3.1 BOL', '3.1-3.1 CUB', '3.1-3.1 NIC', '4.1-4.1 canz<NZL']);
  assert.deepEqual(r.statements[1].joint, ['CUB', 'NIC']);
});

test('persons named after their office, ENB style', () => {
  const text = [
    'Highlights',
    'Plenary Chair Omar Haddad (Jordan) opened the meeting and proposed the agenda. Delegates agreed.',
    'Forum Executive Secretary Lina Moreau welcomed the progress made. Plenary Chair Haddad thanked delegates.',
  ].join('\n');
  const r = readDocument(text, { kind: 'event-report' });
  assert.deepEqual(
    r.statements.map((s) => s.speaker),
    ['chair', 'person:lina-moreau', 'chair'],
  );
  assert.equal(r.statements[0].person?.name, 'Omar Haddad');
  assert.equal(r.statements[1].person?.affiliation, 'Forum Executive Secretary');
});

test('a transcript heading naming an organisation and its speaker', () => {
  const text = [
    'Meeting transcript',
    'Ambassador Okonjo',
    'Good morning. The fourth meeting is now called to order. I invite our guest to brief us.',
    'UNIDIR Marta Kowalska',
    'Thank you, Chair. Let me present our findings on capacity building.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'transcript');
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, s.person?.name]),
    [
      ['chair', 'Okonjo'],
      ['unidir', 'Marta Kowalska'],
    ],
  );
});

test('a Meetings Coverage release whose speakers come after "said"', () => {
  const text = [
    'GA/DIS/9999',
    'Committee Hears Calls for Calm in Cyberspace',
    'Twelfth Meeting (AM)',
    'Cyberspace needed rules of the road, the First Committee (Disarmament and International Security) heard as its debate went on.',
    'Without shared rules, said Chile’s representative, incidents would multiply. Her country wanted regular dialogue.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'press-release');
  assert.deepEqual(
    r.statements.map((s) => s.speaker),
    ['CHL'],
  );
});

test('a list goes on past a name the lexicon does not know', () => {
  const text = ['Event report', 'During the meeting, delegates from Chile, Peru, Bolivai, Ghana, and Kenya reiterated their support for the proposal.'].join(
    '\n',
  );
  assert.deepEqual(who(text), ['2.1-2.1 CHL', '2.1-2.1 PER', '2.1-2.1 GHA', '2.1-2.1 KEN']);
});

test('a participle with "by" names the speaker; a passive by delegations at large ends the turn', () => {
  const text = [
    'Event report',
    'The Chair asked delegations to be brief. The need for more funding was underlined by several delegations.',
    'The main idea was a shared portal, backed by many and presented at length by Malaysia.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.1 chair', '3.1-3.1 MYS']);
});

test('an office-holder introduced by the document speaks for the entity, also heading a transcript turn by name', () => {
  const report = ['Event report', 'High Representative for Disarmament Affairs, Ms. Ana Duarte, addressed the meeting by video and stressed the risks.'].join(
    '\n',
  );
  assert.deepEqual(who(report), ['2.1-2.1 unoda']);
  const transcript = [
    'Transcript',
    'Ambassador Okonjo',
    'The meeting is called to order. I invite Miss Ana Duarte, High Representative for Disarmament Affairs, to address us. You have the floor.',
    'Ana Duarte',
    'Thank you, Chair. It is an honour to open this session.',
  ].join('\n');
  const r = readDocument(transcript);
  assert.equal(r.kind, 'transcript');
  assert.deepEqual(
    r.statements.map((s) => s.speaker),
    ['chair', 'unoda'],
  );
});

test('a statement under a mission letterhead; its salutation is no speaker line', () => {
  const text = [
    'Permanent Mission of Chile to the United Nations',
    'Statement by the delegation of Chile at the first session of the Working Group',
    'Mr. Chair,',
    'Chile welcomes the progress made. We support a regular review of the framework.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'statement');
  assert.deepEqual(
    r.statements.map((s) => [s.speaker, s.paragraphs]),
    [['CHL', [4]]],
  );
});

test('"Statements by …" (several, under one letterhead) is a statement too', () => {
  const text = [
    'Permanent Mission of Peru to the United Nations',
    'Statements by Ms. Ana Quispe, representative of Peru, at the third session of the Working Group',
    'On the section on capacity-building:',
    'Peru welcomes the new portal. We ask that it be kept in all six languages.',
  ].join('\n');
  const r = readDocument(text);
  assert.equal(r.kind, 'statement');
  assert.deepEqual(
    r.statements.map((s) => s.speaker),
    ['PER'],
  );
});

test('"The Chair of the working group" is the Chair, and the name given beside it is the Chair\'s later on', () => {
  const text = [
    'Event report',
    'The Chair of the working group, Ambassador Lena Okafor of Namibia, opened the session and set out the programme of work.',
    'Mexico stressed that the time for informal consultations was short.',
    'Okafor replied that the programme left room for them.',
    'The Chair of the African Group said that the draft needed more on capacity-building.',
  ].join('\n');
  assert.deepEqual(
    readDocument(text).statements.map((s) => [s.speaker, s.paragraphs]),
    [
      ['chair', [2]],
      ['MEX', [3]],
      ['chair', [4]],
      ['african-group', [5]],
    ],
  );
});
