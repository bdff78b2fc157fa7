import type { Element } from '../types.ts';

// The dialogue elements summarise a debate that ran through the whole 2021 report and ended in A/80/257;
// they are cited at section level because no single paragraph carries each of them.
const oewg2021 = { symbol: 'A/75/816', paragraph: 'section on regular institutional dialogue' };
const oewg2025 = { symbol: 'A/80/257', paragraph: 'section on regular institutional dialogue' };

export const DIALOGUE_ELEMENTS: Element[] = [
  {
    id: 'dialogue-new-body', pillar: 'institutional-dialogue', source: oewg2025,
    title: 'A new permanent body or mechanism',
    description: 'Proposals to create a new standing body or mechanism for the dialogue once the current process ends.',
    lexicon: ['new body', 'new mechanism', 'new institutional mechanism', 'new permanent body', 'permanent body',
      'permanent mechanism', 'standing body', 'dedicated forum', 'new forum', 'new forums', 'new format',
      'new institution', 'future mechanism', 'global mechanism', 'single-track', 'single track', 'new architecture'],
  },
  {
    id: 'dialogue-existing-bodies', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Use existing bodies; avoid duplication',
    description: 'Building on bodies that already exist in the UN and regions, and checking any new proposal against their mandates to avoid overlap.',
    lexicon: ['existing institutions', 'existing bodies', 'existing mechanisms', 'existing formats',
      'existing institutional mechanisms', 'already existing bodies', 'duplication', 'avoid duplication',
      'overlap', 'overlapping', 'un family', 'mandates of existing', 'silos', 'synergies'],
  },
  {
    id: 'dialogue-multistakeholder', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Participation of non-governmental stakeholders',
    description: 'Whether and how civil society, the private sector, academia and the technical community take part alongside States.',
    lexicon: ['multistakeholder', 'multi-stakeholder', 'multistakeholderism', 'civil society', 'private sector',
      'industry', 'academia', 'technical community', 'non-governmental', 'nongovernmental', 'ngos', 'ngo',
      'stakeholders', 'stakeholder', 'private companies', 'it community', 'ecosoc', 'no-objection', 'accreditation'],
  },
  {
    id: 'dialogue-national-reporting', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Periodic national reports and their analysis',
    description: 'States report regularly on national implementation and the Secretariat compiles what they report, as in the proposed follow-up implementation mechanism.',
    lexicon: ['national reports', 'national report', 'national reporting', 'periodic reports', 'periodic reporting',
      'periodic presentation', 'submit reports', 'reporting mechanism', 'follow-up implementation mechanism',
      'general analysis', 'compilation of reports', 'implementation reports', 'reports on national implementation',
      'progress at the national level'],
  },
  {
    id: 'dialogue-inclusive', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Inclusive intergovernmental process',
    description: 'A process open to all States on an equal footing, run by governments.',
    lexicon: ['inclusive', 'inclusivity', 'inclusiveness', 'open to all states', 'open-ended', 'all member states',
      'intergovernmental', 'intergovernmental body', 'intergovernmental process', 'most inclusive',
      'universal participation', 'state-led', 'governmental'],
  },
  {
    id: 'dialogue-regional', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Role of regional organisations',
    description: 'How regional organisations and arrangements feed into, complement or stay apart from the global dialogue.',
    lexicon: ['regional organisations', 'regional organizations', 'regional organisation', 'regional organization',
      'regional arrangements', 'regional partner organisations', 'regional partner organizations', 'regional bodies',
      'regional and subregional', 'subregional', 'sub-regional', 'remain regional', 'regional level'],
  },
  {
    id: 'dialogue-poa', pillar: 'institutional-dialogue', source: oewg2021,
    title: 'Programme of Action or other action-oriented format',
    description: 'An action-oriented format, such as the proposed Programme of Action, focused on implementing what has been agreed.',
    lexicon: ['programme of action', 'program of action', 'poa', 'cyber poa', 'action-oriented', 'action oriented',
      'review conference', 'review conferences', 'implementation-focused', 'results-oriented'],
  },
];
