import type { Element } from '../types.ts';

export const CBM_ELEMENTS: Element[] = [
  {
    id: 'cbm-poc', pillar: 'cbms', source: { symbol: 'A/70/174', paragraph: '16 (a)' },
    title: 'Points of contact and their directory',
    description: 'Designated policy and technical contacts, gathered in a directory whose reachability is tested by periodic communication checks.',
    lexicon: ['points of contact', 'point of contact', 'poc', 'pocs', 'poc directory', 'global poc directory',
      'intergovernmental poc directory', 'directory of points of contact', 'diplomatic points of contact',
      'technical points of contact', 'policy-level points of contact', 'ping', 'ping test', 'communication checks',
      'communication check', 'communications checks'],
  },
  {
    id: 'cbm-transparency', pillar: 'cbms', source: { symbol: 'A/70/174', paragraph: '16 (c)–(d)' },
    title: 'Voluntary sharing of national views and policies',
    description: 'States volunteer their views, strategies, policies and doctrine, for instance through surveys and published national documents, so others can read their intentions.',
    lexicon: ['transparency', 'transparency measures', 'voluntary sharing', 'sharing of national views', 'national views',
      'national strategies', 'national cybersecurity strategy', 'national cybersecurity strategies', 'doctrine',
      'doctrines', 'white paper', 'white papers', 'national policies', 'unidir survey',
      'national survey of implementation', 'cyber policy portal'],
  },
  {
    id: 'cbm-dialogue', pillar: 'cbms', source: { symbol: 'A/70/174', paragraph: '16 (b)' },
    title: 'Bilateral, regional and multilateral consultations',
    description: 'Consultations and policy dialogue between States at every level to exchange views and lower tensions.',
    lexicon: ['bilateral consultations', 'multilateral consultations', 'bilateral and multilateral consultations',
      'policy dialogue', 'policy dialogues', 'bilateral dialogue', 'bilateral dialogues', 'regional consultations',
      'exchange of views', 'consultations on cybersecurity', 'cyber dialogue', 'cyber dialogues',
      'bilateral and multilateral'],
  },
  {
    id: 'cbm-regional', pillar: 'cbms', source: { symbol: 'A/70/174', paragraph: '16–18' },
    title: 'Regional confidence-building measures',
    description: 'CBMs developed and applied in regional organisations such as the OSCE, the ASEAN Regional Forum and the OAS.',
    lexicon: ['regional cbms', 'regional cbm', 'regional confidence-building measures',
      'regional confidence building measures', 'regional framework', 'osce', 'osce cbms',
      'organization for security and co-operation in europe', 'asean regional forum', 'arf', 'asean', 'oas', 'cicte',
      'organization of american states'],
  },
  {
    id: 'cbm-cert-cooperation', pillar: 'cbms', source: { symbol: 'A/70/174', paragraph: '17' },
    title: 'Cooperation between CERTs/CSIRTs',
    description: 'Emergency response teams cooperate across borders and exchange information on incidents and how to handle them.',
    lexicon: ['cert', 'certs', 'csirt', 'csirts', 'computer emergency response teams', 'cert-to-cert', 'cert cooperation',
      'csirt cooperation', 'incident response cooperation', 'exchange of information on incidents',
      'incident information', 'incident handling', 'forum of incident response and security teams',
      'csirt network', 'technical-level cooperation'],
  },
];
