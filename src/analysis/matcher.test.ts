import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchNeeds, type MatchNeed, type MatchOffer } from './matcher.ts';

const need: MatchNeed = {
  id: 1,
  state: 'FJI',
  region: 'asia-pacific',
  element: 'cbm-poc',
  kind: 'training',
  priority: 'high',
  language: 'en',
  description: 'Training for the staff of the point of contact.',
  status: 'planned',
  challenges: 'Too few trained incident handlers; high turnover in the CERT.',
};
const offer = (id: number, o: Partial<MatchOffer> = {}): MatchOffer => ({
  id,
  providerName: `P${id}`,
  providerState: null,
  title: 'Course',
  description: '',
  elements: ['cbm-poc'],
  kinds: ['training'],
  stages: [],
  eligibleRegions: [],
  eligibleStates: [],
  languages: ['en'],
  modality: 'remote',
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  ...o,
});
const today = '2026-06-01';

test("hard conditions: element, eligibility, not ended, not the recipient's own offer", () => {
  const [r] = matchNeeds(
    [need],
    [
      offer(1),
      offer(2, { elements: ['norm-a'] }),
      offer(3, { eligibleRegions: ['african'] }),
      offer(4, { endsOn: '2026-01-01' }),
      offer(5, { providerState: 'FJI' }),
      offer(6, { eligibleStates: ['FJI'] }),
    ],
    { today },
  );
  assert.deepEqual(r!.matches.map((m) => m.offerId).sort(), [1, 6]);
});

test("tailored: an offer that addresses the stated challenges and the State's stage ranks first, with the reasons", () => {
  const [r] = matchNeeds(
    [need],
    [
      offer(1, { title: 'Generic cyber course', description: 'General awareness for officials.' }),
      offer(2, {
        title: 'Incident handler retention',
        description: 'Training and mentoring for trained incident handlers, to reduce turnover in the CERT.',
        stages: ['not-started', 'planned'],
      }),
      offer(3, { stages: ['implemented'] }),
    ],
    { today },
  );
  assert.equal(r!.matches[0]!.offerId, 2);
  const codes = r!.matches[0]!.reasons.map((x) => x.code);
  assert.deepEqual(codes, ['element', 'eligible-all', 'kind', 'language', 'timing-now', 'stage', 'addresses-challenge']);
  assert.match(r!.matches[0]!.reasons.at(-1)!.detail!, /handler|turnov|incid/);
  const three = r!.matches.find((m) => m.offerId === 3)!;
  assert.ok(three.reasons.some((x) => x.code === 'stage-mismatch'));
  assert.ok(three.score < r!.matches.find((m) => m.offerId === 1)!.score);
});

test('language and kind lower the rank; duplication needs two providers fully covering the need', () => {
  const [r] = matchNeeds([need], [offer(1), offer(2, { languages: ['fr'] }), offer(3, { kinds: ['funding'] }), offer(4, { providerName: 'P1' })], { today });
  const score = (id: number) => r!.matches.find((m) => m.offerId === id)?.score ?? 0;
  assert.ok(score(1) > score(2) && score(1) > score(3));
  assert.deepEqual(r!.duplication, [], 'offers 1 and 4 come from the same provider');
  const [d] = matchNeeds([need], [offer(1), offer(5)], { today });
  assert.deepEqual(d!.duplication.sort(), [1, 5]);
});

test('the subject decides: a utilities course outranks a stage-fitting course on international law for "incident response training for small utilities"', () => {
  // A French-language report: the law course is offered in French and designed for the State's stage, the utilities course is not.
  const utilities: MatchNeed = {
    ...need,
    id: 2,
    element: 'norm-g',
    language: 'fr',
    description: 'Incident response training for small utilities.',
    status: 'planned',
    challenges: 'Water and electricity companies have nobody trained to deal with an intrusion.',
  };
  const offers = [
    offer(1, {
      elements: ['norm-g'],
      title: 'International law and cyber operations: course for legal advisers',
      description: 'How the UN Charter, sovereignty and due diligence apply to the use of ICTs.',
      stages: ['planned'],
      eligibleStates: ['FJI'],
      languages: ['en', 'fr'],
    }),
    offer(2, {
      elements: ['norm-g'],
      title: 'Securing control systems in water and power utilities',
      description: 'Training for operators of electricity and water networks on responding to intrusions.',
      languages: ['en', 'es'],
    }),
  ];
  const [r] = matchNeeds([utilities], offers, { today });
  assert.deepEqual(
    r!.matches.map((m) => m.offerId),
    [2, 1],
  );
  const [crowded] = matchNeeds(
    [
      utilities,
      ...Array.from({ length: 200 }, (_, i): MatchNeed => ({
        ...need,
        id: 100 + i,
        element: 'norm-g',
        description: 'Training for incident handlers in utilities.',
      })),
    ],
    offers,
    { today },
  );
  assert.deepEqual(
    crowded!.matches.map((m) => m.offerId),
    [2, 1],
    'in a cycle of two hundred needs too',
  );
  const law = r!.matches.find((m) => m.offerId === 1)!;
  assert.ok(
    law.reasons.some((x) => x.code === 'no-shared-subject'),
    'the unrelated course says why it ranks low',
  );
  // The other needs of the cycle do not change how one need's offers rank (idf is over the offers).
  const crowd = Array.from({ length: 200 }, (_, i): MatchNeed => ({
    ...need,
    id: 100 + i,
    element: 'norm-g',
    description: 'Training for incident handlers in utilities.',
  }));
  const [again] = matchNeeds([utilities, ...crowd], offers, { today });
  assert.deepEqual(
    again!.matches.map((m) => [m.offerId, m.score]),
    r!.matches.map((m) => [m.offerId, m.score]),
  );
});

test('an offer that shares neither the kind of help nor the subject is not listed: it would meet the need by element only', () => {
  const request: MatchNeed = {
    ...need,
    id: 3,
    element: 'norm-h',
    kind: 'legal-policy-advice',
    description: 'Procedures for asking other States for help when an incident hits our critical infrastructure.',
    challenges: 'We do not know whom to ask.',
  };
  const [r] = matchNeeds(
    [request],
    [
      offer(1, {
        elements: ['norm-h'],
        kinds: ['training'],
        stages: ['planned'],
        title: 'International law and cyber operations: course for legal advisers',
        description: 'How the UN Charter and sovereignty apply to the use of ICTs.',
      }),
      offer(2, {
        elements: ['norm-h'],
        kinds: ['legal-policy-advice'],
        title: 'Requests for assistance: procedures and templates',
        description: 'Advice on asking for assistance after incidents affecting critical infrastructure.',
      }),
      offer(3, { elements: ['norm-h'], kinds: ['legal-policy-advice'], title: 'Maritime law seminar', description: 'Law of the sea for diplomats.' }),
    ],
    { today },
  );
  assert.deepEqual(
    r!.matches.map((m) => m.offerId),
    [2, 3],
  );
  assert.ok(
    r!.matches[1]!.reasons.some((x) => x.code === 'no-shared-subject' && x.points === -3),
    'the same kind of help with another subject is listed low, saying why',
  );
});
