import type { Pillar } from './types.ts';

// Pillar lexicons hold the vocabulary of the pillar as a whole; element lexicons (elements/) hold the
// vocabulary of one element. A term belongs to one pillar only unless allow-listed in the tests.
export const PILLARS: Pillar[] = [
  {
    id: 'threats',
    title: 'Existing and potential threats',
    description:
      'How States see the risks from malicious use of ICTs: who acts, against what, with which tools, and how the picture is changing.',
    source: { symbol: 'A/75/816', paragraph: '15–23' },
    lexicon: [
      'threats', 'cyber threats', 'existing and potential threats', 'potential threats', 'threat landscape',
      'threat actors', 'malicious', 'malicious ict activity', 'malicious ict activities',
      'malicious cyber activities', 'malicious cyber activity', 'malicious cyber acts', 'malicious use',
      'cyberattacks', 'cyberattack', 'cyber attacks', 'cyber-attacks', 'cyber attack', 'vulnerabilities',
      'harmful ict activity', 'harmful ict activities', 'cyber incidents', 'malware', 'disruptive',
      'destructive', 'espionage', 'intrusions',
    ],
  },
  {
    id: 'international-law',
    title: 'How international law applies to the use of ICTs',
    description:
      'Binding rules that already govern State conduct, from the UN Charter to State responsibility, and how they apply when States use ICTs.',
    source: { symbol: 'A/70/174', paragraph: '24–29' },
    lexicon: [
      'international law', 'how international law applies', 'application of international law',
      'applicability of international law', 'charter', 'un charter', 'united nations charter',
      'charter of the united nations', 'customary international law', 'countermeasures', 'state responsibility',
      'rule of law in cyberspace', 'lawless', 'lawless zone', 'legally binding', 'treaties', 'existing treaties',
      'obligations under international law', 'international legal obligations', 'international legal framework',
      'opinio juris', 'state practice', 'national positions on international law',
      'national position on international law', 'legal obligations',
    ],
  },
  {
    id: 'norms',
    title: 'Norms, rules and principles of responsible State behaviour',
    description:
      'The eleven voluntary, non-binding norms agreed in 2015 and how States put them into practice; they guide conduct without creating legal obligations.',
    source: { symbol: 'A/70/174', paragraph: '13' },
    lexicon: [
      'norms', 'norm', 'rules, norms and principles', 'rules norms and principles', 'rules, norms, and principles',
      'responsible state behaviour', 'responsible state behavior', 'responsible behaviour', 'responsible behavior',
      'voluntary', 'non-binding', 'nonbinding', 'non binding', 'voluntary and non-binding norms',
      'voluntary non-binding norms', 'implementation of norms', 'implementing the norms', 'implement the norms',
      '11 norms', 'eleven norms', 'agreed norms', 'existing norms', 'additional norms', '2015 gge report',
      'norms checklist', 'implement the principles', 'a/70/174', 'resolution 70/237',
    ],
  },
  {
    id: 'cbms',
    title: 'Confidence-building measures',
    description:
      'Practical steps that make State behaviour more predictable and reduce the risk of misunderstanding: contacts, information sharing, consultations.',
    source: { symbol: 'A/70/174', paragraph: '16–18' },
    lexicon: [
      'confidence-building', 'confidence building', 'confidence-building measures', 'confidence building measures',
      'cbms', 'cbm', 'information exchange', 'exchange of information', 'policy dialogues', 'policy dialogue',
      'points of contact', 'transparency', 'transparency measures', 'trust-building', 'trust building',
      'build trust', 'building trust', 'misperception', 'miscalculation', 'risk of escalation',
      'risk reduction', 'crisis communication', 'hotline', 'hotlines',
    ],
  },
  {
    id: 'capacity-building',
    title: 'Capacity-building',
    description:
      'Help that lets every State implement the framework: training, technical assistance, funding and technology, shaped by what the recipient needs.',
    source: { symbol: 'A/75/816', paragraph: '56' },
    lexicon: [
      'capacity building', 'capacity-building', 'capacity builders', 'capacities', 'capacity by states',
      'build capacities', 'building capacities', 'build the capacities', 'cyber capacity', 'capacity gaps',
      'technology transfer', 'transfer of technology', 'training', 'trainings', 'assistance',
      'technical assistance', 'tailor-made', 'demand-driven', 'implementation capacities', 'raising awareness',
      'awareness raising', 'awareness-raising', 'skills', 'workshops', 'developing countries', 'beneficiary',
      'recipient',
    ],
  },
  {
    id: 'institutional-dialogue',
    title: 'Regular institutional dialogue',
    description:
      'Where and how States keep talking about ICT security under the UN after a process ends: its form, participants, reporting and relation to existing bodies.',
    source: { symbol: 'A/75/816', paragraph: 'section on regular institutional dialogue' },
    lexicon: [
      'institutional dialogue', 'regular institutional dialogue', 'forum', 'forums', 'fora', 'body', 'bodies',
      'mechanism', 'mechanisms', 'format', 'formats', 'oewg', 'open-ended working group', 'multistakeholder',
      'multi-stakeholder', 'civil society', 'private sector', 'existing institutions', 'duplication',
      'national reports', 'inclusive', 'intergovernmental', 'regional arrangements', 'treaty negotiating body',
      'new body', 'new mechanism', 'dedicated forum', 'global mechanism', 'follow-up',
    ],
  },
];
