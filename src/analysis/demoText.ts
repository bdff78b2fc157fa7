/**
 * Vocabulary for synthetic reports: challenges, good practices, measures and capacity needs in the
 * words national reports use, assembled from varied parts so that similar problems are phrased
 * differently (which is what the challenge clustering has to cope with). Pure data and pickers.
 */
export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Challenge themes: each a set of interchangeable openings, cores and consequences. */
const THEMES: Record<string, { core: string[]; tail: string[]; pillars?: string[] }> = {
  staff: {
    core: [
      'a shortage of trained cybersecurity staff',
      'too few qualified incident handlers',
      'high turnover of technical personnel in the national CERT',
      'limited numbers of skilled analysts in government agencies',
      'difficulty recruiting and retaining cybersecurity specialists',
    ],
    tail: ['slows implementation', 'leaves key functions understaffed', 'means training has to be repeated every year', 'limits round-the-clock coverage'],
  },
  legal: {
    core: [
      'the absence of a comprehensive cybersecurity law',
      'outdated legislation on computer-related offences',
      'a legal framework that does not yet cover critical infrastructure operators',
      'draft cybercrime legislation still pending before parliament',
      'gaps in the legal basis for sharing incident information',
    ],
    tail: ['delays the designation of responsible authorities', 'makes cooperation with other States harder', 'leaves mandates unclear'],
    pillars: ['international-law', 'norms'],
  },
  coordination: {
    core: [
      'weak coordination between ministries and agencies',
      'overlapping mandates among national authorities',
      'no single national body coordinating ICT security',
      'fragmented responsibilities between the defence and civilian sectors',
      'limited inter-agency information sharing',
    ],
    tail: ['causes duplication of effort', 'slows the national response to incidents', 'complicates reporting on implementation'],
  },
  funding: {
    core: [
      'insufficient budget allocated to cybersecurity',
      'a lack of sustained funding for the national CERT',
      'dependence on short-term donor funding',
      'limited financial resources for equipment and software licences',
      'competing budget priorities',
    ],
    tail: ['puts planned measures on hold', 'prevents long-term planning', 'makes projects stop when donor support ends'],
  },
  infrastructure: {
    core: [
      'limited visibility of threats to critical infrastructure',
      'no complete inventory of critical information infrastructure',
      'legacy industrial control systems in the energy sector',
      'weak security of hospital and health-care networks',
      'little monitoring of the networks of critical infrastructure operators',
    ],
    tail: ['leaves essential services exposed', 'makes risk assessment difficult', 'hampers incident detection'],
    pillars: ['norms', 'cbms'],
  },
  private: {
    core: [
      'limited engagement with the private sector',
      'reluctance of companies to report incidents',
      'low trust between government and service providers',
      'few channels for vulnerability disclosure by researchers',
      'little cooperation with internet service providers',
    ],
    tail: ['limits information sharing', 'delays the handling of vulnerabilities', 'reduces situational awareness'],
  },
  international: {
    core: [
      'limited participation in regional and international cooperation',
      'language barriers in international exchanges',
      'few bilateral agreements on incident cooperation',
      'difficulty keeping points of contact up to date',
      'limited capacity to take part in multilateral meetings',
    ],
    tail: ['reduces the value of confidence-building measures', 'slows responses to requests for assistance', 'weakens regional cooperation'],
    pillars: ['cbms', 'capacity-building'],
  },
  awareness: {
    core: [
      'low awareness of ICT security among senior officials',
      'limited understanding of how international law applies to ICTs',
      'little public awareness of cyber hygiene',
      'limited expertise in international law among legal advisers',
      'low awareness of the agreed norms across government',
    ],
    tail: ['limits political support for reforms', 'makes it difficult to articulate a national position', 'slows the uptake of good practice'],
    pillars: ['international-law', 'norms'],
  },
};
const OPENINGS = [
  'The main challenge is',
  'We face',
  'Implementation is constrained by',
  'A persistent obstacle is',
  'Progress is hampered by',
  'Our main difficulty remains',
];

export function challengeText(r: Rand, pillar: string, prefer?: string): { theme: string; text: string } {
  const themes = Object.entries(THEMES).filter(([, t]) => !t.pillars || t.pillars.includes(pillar) || r() < 0.3);
  const [theme, t] = prefer && THEMES[prefer] ? ([prefer, THEMES[prefer]!] as const) : pick(r, themes);
  let text = `${pick(r, OPENINGS)} ${pick(r, t.core)}, which ${pick(r, t.tail)}.`;
  if (r() < 0.35) {
    const [, t2] = pick(r, themes);
    text += ` There is also ${pick(r, t2.core)}.`;
  }
  return { theme, text };
}

const PRACTICES = [
  'A national cybersecurity strategy adopted with a public consultation and an annual implementation report.',
  'Regular tabletop exercises bringing together the CERT, critical infrastructure operators and the foreign ministry.',
  'A coordinated vulnerability disclosure policy that protects researchers acting in good faith.',
  'An inter-agency committee chaired at ministerial level that meets every quarter.',
  "Points of contact tested every six months with the regional organisation's communication checks.",
  'A published national position on how international law applies to the use of ICTs.',
  'A mentoring programme pairing our CERT with a more experienced regional team.',
  'Sector-specific security requirements for energy, health and finance, reviewed each year.',
  'Gender-balanced training cohorts for incident responders, with a target of 40 per cent women.',
  'A supply-chain security review for equipment procured for government networks.',
];
export const practiceText = (r: Rand) => pick(r, PRACTICES);

const MEASURES = [
  'The national CERT coordinates incident response and publishes advisories.',
  'A cybersecurity strategy sets out responsibilities and timelines.',
  'The foreign ministry leads on the international aspects, with the interior and defence ministries.',
  'Legislation on computer-related offences was amended.',
  'A national risk assessment of critical infrastructure was carried out.',
  'The State takes part in regional confidence-building measures.',
  'Guidelines for operators of essential services were issued.',
  'An interministerial working group reviews implementation every year.',
];
export const measuresText = (r: Rand) => `${pick(r, MEASURES)}${r() < 0.5 ? ` ${pick(r, MEASURES)}` : ''}`;

/** Kind of help and wording of a capacity need, by challenge theme. */
const NEED_BY_THEME: Record<string, { kinds: string[]; text: string[] }> = {
  staff: {
    kinds: ['training'],
    text: [
      'Training for incident handlers in malware analysis and forensics.',
      'A train-the-trainer course for CERT analysts.',
      'Scholarships for cybersecurity specialists.',
    ],
  },
  legal: {
    kinds: ['legal-policy-advice'],
    text: [
      'Advice on drafting cybersecurity legislation consistent with international law.',
      'Review of draft cybercrime legislation.',
      'Support to develop a national position on international law in cyberspace.',
    ],
  },
  coordination: {
    kinds: ['technical-assistance', 'legal-policy-advice'],
    text: ['Support to design a national coordination mechanism.', 'Assistance in drafting a national cybersecurity strategy.'],
  },
  funding: {
    kinds: ['funding', 'equipment'],
    text: ['Funding to sustain the national CERT for three years.', 'Equipment and software licences for the security operations centre.'],
  },
  infrastructure: {
    kinds: ['technical-assistance', 'equipment'],
    text: [
      'Technical assistance to map critical information infrastructure.',
      'Monitoring tools for energy and health-sector networks.',
      'Risk assessment methodology for critical infrastructure.',
    ],
  },
  private: {
    kinds: ['technical-assistance'],
    text: ['Help to set up a public-private information-sharing platform.', 'Support for a coordinated vulnerability disclosure programme.'],
  },
  international: {
    kinds: ['training', 'other'],
    text: [
      'Training for diplomats on the framework of responsible State behaviour.',
      'Support to take part in regional CERT exercises.',
      'Interpretation and translation support for regional exchanges.',
    ],
  },
  awareness: {
    kinds: ['training'],
    text: ['Awareness sessions for senior officials on ICT security.', 'Training for legal advisers on international law and cyber operations.'],
  },
};
export function needFor(r: Rand, theme: string) {
  const n = NEED_BY_THEME[theme] ?? NEED_BY_THEME.staff!;
  return { kind: pick(r, n.kinds), description: pick(r, n.text) };
}

/** Offers: providers and what they offer, aligned with the need themes. */
export const OFFER_PROGRAMMES = [
  'Global Cyber Capacity Programme',
  'Regional CERT Mentoring Initiative',
  'Cyber Diplomacy Training Programme',
  'Critical Infrastructure Resilience Facility',
  'Cyber Law Advisory Network',
  'Women in Cyber Fellowship',
  'Incident Response Academy',
  'Cyber Policy Partnership Fund',
];
export function offerFor(r: Rand, theme: string) {
  const n = NEED_BY_THEME[theme] ?? NEED_BY_THEME.staff!;
  const title = pick(r, n.text).replace(/\.$/, '');
  const description = `${title}. Designed for States that report ${pick(r, THEMES[theme]!.core)}; delivered with local partners and followed up after six months.`;
  return { kinds: n.kinds, title, description };
}
export const THEME_IDS = Object.keys(THEMES);
