import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRAMEWORK_2025 } from '../../framework/catalogue/index.ts';
import type { ReaderFramework } from '../../framework/catalogue/types.ts';
import { StanceReader, defaultStanceReader, stanceReaderFor } from './stance.ts';

const reader = new StanceReader();

/** The stances one statement takes, as `question:value`, read from its sentences alone. */
function stances(text: string, agendaPhrase: string | null = null): string[] {
  return reader.read({ paragraphs: [{ n: 1, text }], agendaPhrase }).map((s) => `${s.question}:${s.value}`);
}

// Sentences invented in the phrasing of summary records and event reports; each must take exactly
// the stance listed, and only it.
const FOUND: Array<[string, string]> = [
  // A legally binding instrument.
  ['Ghana called for the negotiation of a legally binding instrument on ICT security.', 'legally-binding-instrument:supports'],
  [
    'Existing international law was not sufficient, she said, and called for the negotiation of a legally binding instrument.',
    'legally-binding-instrument:supports',
  ],
  [
    'Her delegation said that existing law was not sufficient and called for the negotiation of a legally binding instrument.',
    'legally-binding-instrument:supports',
  ],
  ['Zimbabwe urged the negotiation of a legally binding instrument under the auspices of the United Nations.', 'legally-binding-instrument:supports'],
  [
    'The delegation raised once again the need for a legally binding instrument to regulate State conduct in cyberspace.',
    'legally-binding-instrument:supports',
  ],
  ['The need for a binding instrument was raised once again by the delegation.', 'legally-binding-instrument:supports'],
  ['It reiterated its call for a universal convention on international information security.', 'legally-binding-instrument:supports'],
  [
    'The delegation called once again for a legally binding instrument, since voluntary norms had not prevented attacks.',
    'legally-binding-instrument:supports',
  ],
  ['In its view, only a legally binding instrument could close the gaps in the current framework.', 'legally-binding-instrument:supports'],
  ['A legally binding instrument remained the only effective guarantee of predictability, it said.', 'legally-binding-instrument:supports'],
  ['The working group should begin work on the elements of a legally binding convention.', 'legally-binding-instrument:supports'],
  ['The delegation rejected the idea of a legally binding instrument, saying that existing international law applies.', 'legally-binding-instrument:opposes'],
  ['Norway rejected calls for a new legally binding instrument.', 'legally-binding-instrument:opposes'],
  ['Her delegation saw no need for a legally binding instrument.', 'legally-binding-instrument:opposes'],
  ['His delegation did not believe that a new treaty was needed.', 'legally-binding-instrument:opposes'],
  ['It was neither necessary nor desirable to negotiate a new treaty, the delegation said.', 'legally-binding-instrument:opposes'],
  ['The report should not open the door to negotiating a new treaty.', 'legally-binding-instrument:opposes'],
  ['The delegation favoured implementing the agreed norms rather than negotiating a new legally binding instrument.', 'legally-binding-instrument:opposes'],
  ['It would be premature to start negotiating a legally binding instrument.', 'legally-binding-instrument:premature'],
  ['Peru could support a legally binding instrument provided that it builds on the agreed norms.', 'legally-binding-instrument:conditional'],
  ['Her delegation was open to discussing a binding instrument in the future.', 'legally-binding-instrument:open'],
  // A permanent, action-oriented mechanism; the Programme of Action.
  ['Tunisia supported a permanent, action-oriented mechanism under the auspices of the United Nations.', 'new-institutional-body:supports'],
  ['The delegation called for a single, permanent and action-oriented mechanism.', 'new-institutional-body:supports'],
  ['Portugal expressed its support for the PoA.', 'new-institutional-body:supports'],
  ['The delegation, a co-sponsor of the Programme of Action, hoped to see it launched next year.', 'new-institutional-body:supports'],
  ['The delegation rejected the proposal for a Programme of Action.', 'new-institutional-body:opposes'],
  ['Her delegation saw no need for a new mechanism.', 'new-institutional-body:opposes'],
  ['It considered it premature to discuss a programme of action before the working group had concluded.', 'new-institutional-body:premature'],
  ['A permanent mechanism must not be decided before the working group finishes its work, the delegation said.', 'new-institutional-body:premature'],
  ['Jordan could support a permanent mechanism provided that it avoids duplication with existing bodies.', 'new-institutional-body:conditional'],
  // Stakeholders taking part.
  ['Austria stressed the importance of stakeholders\u2019 participation in the future mechanism.', 'multistakeholder:supports'],
  ['Stakeholders should be able to take part in the sessions of the future mechanism, the delegation said.', 'multistakeholder:supports'],
  ['She proposed a short briefing by accredited stakeholders at the start of each thematic group meeting.', 'multistakeholder:supports'],
  ['The modalities of stakeholder participation in the mechanism should be decided by Member States.', 'multistakeholder:conditional'],
  ['The delegation did not object to the participation of academia in the informal segment of the session.', 'multistakeholder:conditional'],
  ['It was premature to decide on stakeholder participation before the mechanism had adopted its rules.', 'multistakeholder:premature'],
  [
    'Voluntary reports are welcome, but a mandatory reporting obligation would go beyond the mandate, the delegation cautioned.',
    'national-reports:conditional',
  ],
  // Countermeasures.
  ['Countermeasures have no place in the ICT environment, the delegation said.', 'countermeasures-apply:opposes'],
  ['Countermeasures are available under international law, but only as a last resort.', 'countermeasures-apply:conditional'],
  ['Applying countermeasures in cyberspace could escalate tensions, the delegation warned.', 'countermeasures-apply:opposes'],
  ['Countermeasures are one of the lawful options open to an injured State.', 'countermeasures-apply:supports'],
  // More of the same questions, in the shapes summary records use.
  ['The future mechanism must be permanent and single-track, the delegation said.', 'new-institutional-body:supports'],
  ['In its view, the Programme of Action should become the single home for the dialogue.', 'new-institutional-body:supports'],
  ['Stakeholders should be allowed to submit written contributions to the thematic groups.', 'multistakeholder:supports'],
  ['It would not accept any arrangement that gave non-governmental organisations a role in decision-making in the mechanism.', 'multistakeholder:conditional'],
  ['Participation of stakeholders in the sessions should be subject to the consent of all States.', 'multistakeholder:conditional'],
  ['National reports should remain strictly voluntary, the delegation said.', 'national-reports:conditional'],
  ['Her delegation supported regular voluntary reporting.', 'national-reports:supports'],
  ['The gaps in existing law could only be filled by a new legally binding instrument.', 'legally-binding-instrument:supports'],
  ['A binding instrument will eventually be needed, the delegation believed.', 'legally-binding-instrument:supports'],
  // A condition attached to a rule that names the topic itself.
  ['Fiji could support regular reporting provided it stays light and does not become a review of States.', 'national-reports:conditional'],
  ['The delegation supported the Programme of Action on the understanding that it would fund capacity-building.', 'new-institutional-body:conditional'],
  // The law's own conditions are no condition of the delegation's.
  ['Injured States may take countermeasures, subject to the conditions of necessity and proportionality.', 'countermeasures-apply:supports'],
  ['Countermeasures may be taken only if they are proportionate and reversible, the delegation said.', 'countermeasures-apply:conditional'],
];

// Weak or merely descriptive sentences: no stance at all.
const NONE: string[] = [
  'Delegations discussed whether a legally binding instrument is needed.',
  'The delegation asked whether there was a need for a legally binding instrument.',
  'The Chair noted that views differ on a legally binding instrument.',
  'Delegations exchanged views on the modalities of stakeholder participation.',
  'The Programme of Action was discussed at length.',
  'The delegation stressed that a future mechanism should be inclusive and transparent.',
  'The delegation described the work of its national cybersecurity agency.',
  'The delegation recalled the history of the cybercrime negotiations and called for universal accession to the Budapest Convention.',
  'The delegation supported voluntary, non-binding norms of responsible State behaviour.',
  'The delegation proposed that the future mechanism include a standing fund for capacity-building.',
  'The delegation circulated a paper on the contributions of civil society to past sessions of the working group.',
  'The delegation recalled that the Global Mechanism should be action-oriented.',
  'The delegation proposed that the working group establish a dedicated thematic group on ransomware within the future mechanism.',
  'The delegation would not accept any text that prejudged the negotiation of a treaty.',
  'Collective countermeasures deserve further study, the delegation said.',
];

for (const [sentence, expected] of FOUND) {
  test(`stance: ${sentence}`, () => assert.deepEqual(stances(sentence), [expected]));
}

test('weak or descriptive sentences take no stance', () => {
  for (const sentence of NONE) assert.deepEqual(stances(sentence), [], sentence);
});

test('each stance keeps its evidence sentence, verbatim, and where it starts', () => {
  const text =
    'The delegation thanked the Chair. It called for the negotiation of a legally binding instrument within the United Nations. It also welcomed the progress report.';
  const [s] = reader.read({ paragraphs: [{ n: 4, text }], agendaPhrase: null });
  assert.equal(s.question, 'legally-binding-instrument');
  assert.equal(s.evidence, 'It called for the negotiation of a legally binding instrument within the United Nations.');
  assert.equal(text.slice(s.sentenceStart, s.sentenceStart + s.evidence.length), s.evidence);
  assert.equal(s.paragraph, 4);
  assert.ok(s.confidence > 0 && s.confidence <= 0.95);
  assert.match(s.explanation, /topic in the sentence/);
});

test('a weak cue speaks to the question whose topic its own clause names', () => {
  assert.deepEqual(stances('National reports were premature, the delegation said, while a legally binding convention would provide the clarity States need.'), [
    'national-reports:premature',
    'legally-binding-instrument:supports',
  ]);
});

test('support in one sentence and opposition in another make the statement conditional', () => {
  assert.deepEqual(stances('Qatar supported a permanent mechanism. However, it saw no need for a new mechanism on capacity-building alone.'), [
    'new-institutional-body:conditional',
  ]);
});

test('the reader is built from the framework it is given, once per framework object', () => {
  const extra: ReaderFramework = {
    ...FRAMEWORK_2025,
    questions: [
      ...FRAMEWORK_2025.questions,
      {
        id: 'cyber-fund',
        pillar: 'capacity-building',
        // A lexicon stored at run time may leave values out.
        lexicon: { topic: ['cyber fund'], supports: ['called for the creation of'] } as never,
      },
    ],
  };
  const text = 'Fiji called for the creation of a cyber fund for small island States.';
  assert.equal(stanceReaderFor(extra), stanceReaderFor(extra));
  assert.notEqual(stanceReaderFor(extra), defaultStanceReader());
  assert.equal(defaultStanceReader(), defaultStanceReader(FRAMEWORK_2025));
  const found = stanceReaderFor(extra).read({ paragraphs: [{ n: 1, text }], agendaPhrase: null });
  assert.deepEqual(
    found.map((s) => [s.question, s.value, s.evidence]),
    [['cyber-fund', 'supports', text]],
  );
  assert.deepEqual(defaultStanceReader().read({ paragraphs: [{ n: 1, text }], agendaPhrase: null }), []);
});
