import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from './read.ts';

// Shapes from real meeting records that the reader missed (issue 11), each written here in our own
// words: States listed after a generic noun, presiding officers and persons named with an office,
// sentences about delegations at large, the future mechanism named without a position, captioned
// transcripts and Meetings Coverage releases without their symbol.

const who = (text: string) =>
  readDocument(text).statements.map(
    (s) => `${s.sentences.from.paragraph}.${s.sentences.from.sentence}-${s.sentences.to.paragraph}.${s.sentences.to.sentence} ${s.speaker}`,
  );

test('States listed after a generic noun speak: "with countries like…", "nations, including…", "such as those from…", "others, like…"', () => {
  const text = [
    'Event report',
    'The afternoon turned to training, with countries like Peru, Chile and Uruguay advocating shared curricula.',
    'Several small island nations, including Fiji and Samoa, described attacks on their ports.',
    'Some delegates, such as those from Kenya, asked for a roster of experts, while others, like Cuba, called for predictable funding.',
    'Multiple countries including Norway, Finland, and Denmark stressed the agreed measures.',
    'Ghana objected, while others, including a like-minded group led by Bolivia, opposed any roster.',
  ].join('\n');
  assert.deepEqual(who(text), [
    '2.1-2.1 PER',
    '2.1-2.1 CHL',
    '2.1-2.1 URY',
    '3.1-3.1 FJI',
    '3.1-3.1 WSM',
    '4.1-4.1 KEN',
    '4.1-4.1 CUB',
    '5.1-5.1 NOR',
    '5.1-5.1 FIN',
    '5.1-5.1 DNK',
    '6.1-6.1 GHA',
    '6.1-6.1 BOL',
  ]);
});

test('the Chair and facilitators by title, persons with an office or an organisation', () => {
  const text = [
    'Event report',
    'Chair Ambassador Rahim Osei of Ghana emphasized the timetable.',
    'Many delegations spoke.',
    'Lucia Ferrand (Uruguay), Committee Chair, outlined the programme of work.',
    'Many delegations spoke.',
    'The President of the General Assembly announced the date of the high-level meeting.',
    'Ms. Anna Kowal from UNIDIR provided a detailed summary of the survey.',
    'Contact Group 1 Co-Facilitator Maria Lopez (Chile) reported that the group had agreed the text.',
    'The session continued with a video message from Under-Secretary-General Hana Sato, who praised the cooperation.',
    'The Chair circulated a revised programme of work.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.1 chair', '4.1-4.1 chair', '6.1-6.1 chair', '7.1-7.1 unidir', '8.1-8.1 facilitator', '9.1-9.1 unoda', '10.1-10.1 chair']);
});

test('a sentence about delegations at large or about a topic ends the statement before it', () => {
  const text = [
    'Event report',
    'Portugal said that the directory should be tested twice a year.',
    'Regarding the directory, countries generally supported regular tests.',
    'Norway said that cable repair ships needed faster clearance.',
    'The protection of undersea cables was another focal point.',
    'Chile asked for a workshop. Overall, while views differed on its timing, there was broad agreement on the workshop.',
    'Argentina requested a summary, and the Chair acknowledged the request.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.1 PRT', '4.1-4.1 NOR', '6.1-6.1 CHL', '7.1-7.1 ARG', '7.1-7.1 chair']);
});

test("a general subject inside a speaker's own words continues the statement", () => {
  const text = [
    'Event report',
    'Nepal said that each State was responsible for its own laws. However, many developing countries are short of trained prosecutors.',
  ].join('\n');
  assert.deepEqual(who(text), ['2.1-2.2 NPL']);
});

test('the future mechanism named without a position is no stance on creating it', () => {
  const stances = (sentence: string) => readDocument(`Event report\n${sentence}`).statements.flatMap((s) => s.stances.map((x) => `${x.question}:${x.value}`));
  assert.deepEqual(stances('France proposed a shorter title for the future mechanism.'), []);
  assert.deepEqual(stances('The African Group regretted the removal of a thematic group from the proposed future permanent mechanism structure.'), []);
  assert.deepEqual(stances('Brazil called for a permanent, action-oriented mechanism.'), ['new-institutional-body:supports']);
  assert.deepEqual(
    stances('Spain presented its view of the future body. The PoA was conceived as a single, permanent and inclusive mechanism under the United Nations.'),
    ['new-institutional-body:supports'],
  );
});

test('captioned transcripts and Meetings Coverage releases without their symbol are read as such', () => {
  const captions = [
    'Open forum on small States',
    'The following are the outputs of the real-time captioning taken during the session.',
    '>> Lina Marsh: Welcome, everyone. We will hear three presentations.',
    '>> Tomas Ferreira: Thank you, Lina. I will speak about our regional pool.',
  ].join('\n');
  const reading = readDocument(captions);
  assert.equal(reading.kind, 'transcript');
  assert.deepEqual(
    reading.statements.map((s) => s.speaker),
    ['person:lina-marsh', 'person:tomas-ferreira'],
  );
  const dateline = [
    '2 October 2027',
    'Eighty-second Session, 1st Meeting (AM)',
    'First Committee Adopts Programme of Work',
    'The representative of Peru said that the Committee should leave time for the cluster on ICTs.',
  ].join('\n');
  assert.equal(readDocument(dateline).kind, 'press-release');
  const copy = [
    'News',
    'First Committee Delegates Warn of Attacks on Hospitals',
    'Attacks on health systems threaten lives, delegates told the First Committee (Disarmament and International Security) today as it continued its debate.',
    "Presenting a draft resolution on emergency teams, Brazil's representative stressed that the text was practical.",
  ].join('\n');
  assert.equal(readDocument(copy).kind, 'press-release');
});
