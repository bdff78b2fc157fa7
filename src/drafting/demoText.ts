/**
 * Invented agreed language in UN style for the demo and the tests. The symbols (A/DEMO/…) and every
 * sentence are written for Accord; none of it is real UN text.
 */
export const DEMO_AGREED_LANGUAGE = [
  {
    symbol: 'A/DEMO/1',
    title: 'Report of the Demonstration Group of Experts on ICT security (synthetic)',
    date: '2024-07-12',
    consensus: true,
    text: `I. Introduction
1. The Group met in three sessions and adopted this report by consensus, recognising that ICT security is a shared responsibility of all States.
II. Existing and potential threats
2. States expressed concern that malicious ICT activities against critical infrastructure are increasing in scope, scale and sophistication.
3. Ransomware attacks against hospitals and health-care facilities have disrupted essential services and endangered lives.
III. Rules, norms and principles of responsible State behaviour
4. The Group reaffirmed that voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security. In particular, States should:
(a) Not conduct or knowingly support ICT activity that intentionally damages critical infrastructure;
(b) Respond to appropriate requests for assistance by another State whose critical infrastructure is subject to malicious ICT acts;
(c) Encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies.
IV. International law
5. The Group reaffirmed that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.
6. States must meet their international obligations regarding internationally wrongful acts attributable to them under international law.
V. Confidence-building measures
7. States should, on a voluntary basis, nominate points of contact at the policy and technical levels and keep the global directory up to date.
VI. Capacity-building
8. Capacity-building should be demand-driven, sustainable, gender-sensitive and respectful of national ownership.
VII. Regular institutional dialogue
9. The Group recommended that a single-track, State-led permanent mechanism report to the General Assembly on a consensus basis.`,
  },
  {
    symbol: 'A/DEMO/2',
    title: 'Annual progress report of the demonstration working group (synthetic)',
    date: '2025-07-11',
    consensus: true,
    text: `1. States recalled that the voluntary global directory of points of contact is a practical confidence-building measure that can reduce tensions in times of ICT incidents.
2. States underlined the importance of protecting critical infrastructure that provides services across borders, such as submarine cables and satellite systems.
3. States should, as appropriate, continue to exchange views on how international humanitarian law applies to the use of ICTs in situations of armed conflict.`,
  },
] as const;

/** The zero draft of the demo "Final report": a few paragraphs per section, reusing and changing the agreed text. */
export const DEMO_DRAFT = {
  title: 'Final report (demonstration)',
  process: 'oewg-2021-2025',
  paragraphs: [
    { section: 'introduction', text: 'The working group held its sessions in a constructive spirit and adopted this report by consensus.' },
    {
      section: 'threats',
      text: 'States expressed concern that malicious ICT activities against critical infrastructure are increasing in scope, scale and sophistication.',
    },
    { section: 'threats', text: 'Ransomware attacks against hospitals and health-care facilities have disrupted essential services and endangered lives.' },
    {
      section: 'international-law',
      text: 'States reaffirmed that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.',
    },
    {
      section: 'international-law',
      text: 'States should, as appropriate, continue to exchange views on how international humanitarian law applies to the use of ICTs in situations of armed conflict.',
    },
    { section: 'norms', text: 'States shall not conduct or knowingly support ICT activity that intentionally damages critical infrastructure.' },
    { section: 'norms', text: 'States should encourage reporting of ICT vulnerabilities and share associated information on available remedies.' },
    {
      section: 'cbms',
      text: 'States should, on a voluntary basis, nominate points of contact at the policy and technical levels and keep the global directory up to date.',
    },
    { section: 'capacity-building', text: 'Capacity-building should be demand-driven, sustainable, gender-sensitive and respectful of national ownership.' },
    {
      section: 'institutional-dialogue',
      text: 'The vast majority of States supported a single-track, State-led permanent mechanism reporting to the General Assembly.',
    },
    { section: 'recommendations', text: 'States are encouraged to implement the norms of responsible State behaviour and to report on their implementation.' },
  ],
} as const;

/**
 * Invented elements of a permanent mechanism (synthetic, A/DEMO/3), standing in for the Global
 * Mechanism's agreed documents in the demo corpus so the progress report's reuse is checked against
 * the successor's language as well as the OEWG's.
 */
export const DEMO_GM_AGREED_LANGUAGE = {
  symbol: 'A/DEMO/3',
  title: 'Elements of the demonstration permanent mechanism (synthetic)',
  date: '2025-07-25',
  consensus: true,
  text: `1. The mechanism shall be single-track, State-led and permanent, open to all States, and shall take its decisions by consensus.
2. The mechanism shall hold an organizational session, annual substantive plenary sessions and a review conference.
3. Dedicated thematic groups shall take up specific challenges and capacity-building between the plenary sessions, guided by questions from the Chair.
4. The mechanism shall adopt a progress report by consensus at the end of each biennial cycle.`,
} as const;

/** The zero draft of the Global Mechanism's first biennial progress report (demonstration; invented text). */
export const DEMO_PROGRESS_REPORT = {
  title: 'First biennial progress report of the Global Mechanism (demonstration)',
  process: 'global-mechanism',
  paragraphs: [
    {
      section: 'introduction',
      text: 'The mechanism held its organizational session and its first substantive plenary session, and adopts this progress report by consensus.',
    },
    {
      section: 'threats',
      text: 'States expressed concern that ransomware attacks against hospitals and health-care facilities continue to disrupt essential services.',
    },
    { section: 'norms', text: 'States should encourage responsible reporting of ICT vulnerabilities and share associated information on available remedies.' },
    {
      section: 'international-law',
      text: 'States reaffirmed that international law, and in particular the Charter of the United Nations, is applicable to the ICT environment.',
    },
    {
      section: 'cbms',
      text: 'States should, on a voluntary basis, keep their points of contact in the global directory up to date and take part in its communication checks.',
    },
    {
      section: 'capacity-building',
      text: 'The dedicated thematic group on capacity-building heard proposals to match needs with offers of assistance that are demand-driven and sustainable.',
    },
    {
      section: 'institutional-dialogue',
      text: 'Dedicated thematic groups took up specific challenges between the plenary sessions, guided by questions from the Chair.',
    },
    { section: 'institutional-dialogue', text: 'Most States supported holding the review conference at the end of the second biennial cycle.' },
    {
      section: 'recommendations',
      text: 'The mechanism recommends that the dedicated thematic groups report to the next substantive plenary session on the guiding questions.',
    },
  ],
} as const;
