import type { Element } from '../types.ts';

const principles = { symbol: 'A/75/816', paragraph: '56' };

export const CAPACITY_ELEMENTS: Element[] = [
  {
    id: 'cb-demand-driven', pillar: 'capacity-building', source: principles,
    title: 'Demand-driven',
    description: 'Support answers needs that the recipient itself has identified, not what the provider wants to offer.',
    lexicon: ['demand-driven', 'demand driven', 'needs-based', 'needs based', 'needs of the recipient', 'identified needs',
      'needs assessment', 'needs assessments', 'responding to needs', 'capacity needs',
      'national needs'],
  },
  {
    id: 'cb-national-ownership', pillar: 'capacity-building', source: principles,
    title: 'Nationally owned',
    description: 'The recipient State leads and owns the work, and it follows national priorities.',
    lexicon: ['national ownership', 'nationally owned', 'nationally-owned', 'country ownership', 'ownership',
      'national priorities', 'recipient ownership', 'led by the recipient', 'national leadership'],
  },
  {
    id: 'cb-tailored', pillar: 'capacity-building', source: principles,
    title: 'Tailored to the national situation',
    description: 'Support fits the situation of the recipient country rather than applying one model everywhere or a one-off intervention.',
    lexicon: ['tailor-made', 'tailor made', 'tailored', 'national situation', 'one-size-fits-all', 'one size fits all',
      'one-fit all', 'one fit all', 'hit-and-away', 'hit and away', 'national context', 'context-specific',
      'recipient country', 'recipient countries', 'customised', 'customized', 'specific circumstances'],
  },
  {
    id: 'cb-neutral-transparent', pillar: 'capacity-building', source: principles,
    title: 'Politically neutral, transparent, accountable',
    description: 'Support comes without political conditions and is open and answerable about what it does and costs.',
    lexicon: ['politically neutral', 'political neutrality', 'transparent and accountable', 'accountable manner',
      'without conditions', 'without political conditions', 'no political conditions', 'without conditionality',
      'conditionality', 'non-discriminatory', 'no strings attached', 'apolitical'],
  },
  {
    id: 'cb-gender-inclusive', pillar: 'capacity-building', source: principles,
    title: 'Gender-sensitive and inclusive',
    description: 'Support takes gender into account and reaches people and groups who are usually left out.',
    lexicon: ['gender', 'gender-sensitive', 'gender sensitive', 'gender-responsive', 'gender perspective',
      'gender perspectives', 'gender equality', 'gender mainstreaming', 'women', 'women in cyber',
      'gender digital divide', 'inclusive capacity-building', 'inclusive capacity building',
      'underrepresented'],
  },
  {
    id: 'cb-coordination', pillar: 'capacity-building', source: principles,
    title: 'Coordinated, without duplicated effort',
    description: 'Providers coordinate so that needs are matched with offers and efforts do not overlap.',
    lexicon: ['coordination', 'donor coordination', 'duplication of effort', 'duplication of efforts', 'matchmaking',
      'matching needs', 'needs and offers', 'gfce', 'global forum on cyber expertise', 'cybil portal',
      'mapping of capacity-building', 'complementarity'],
  },
  {
    id: 'cb-funding', pillar: 'capacity-building', source: principles,
    title: 'Resources and funding',
    description: 'Money and other resources to pay for capacity-building, including trust funds and sponsorship to attend meetings.',
    lexicon: ['funding', 'financing', 'financial resources', 'trust fund', 'voluntary trust fund', 'donors', 'donor',
      'financial support', 'sponsorship programme', 'sponsorship program', 'resource mobilisation',
      'resource mobilization', 'adequate resources', 'funds'],
  },
  {
    id: 'cb-tech-transfer', pillar: 'capacity-building', source: principles,
    title: 'Technology transfer and implementation capacity',
    description: 'Sharing technology and know-how so that States can build the capacity to implement what they have agreed.',
    lexicon: ['technology transfer', 'transfer of technology', 'technology transfer mechanisms',
      'implementation capacities', 'technical capacities', 'know-how', 'access to technology',
      'sharing of technology', 'development of capacities', 'technical assistance', 'equipment', 'digital divide'],
  },
];
