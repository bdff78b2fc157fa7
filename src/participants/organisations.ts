/**
 * Regional organisations with ICT-security work, and the speaking groups a delegation can speak for.
 * Ids are stable (stored in the database and in URLs). Aliases are the forms texts use; a leading
 * "the" is optional when matching, so it is left out here.
 */
export type OrganisationId = 'osce' | 'asean' | 'arf' | 'oas' | 'au' | 'eu' | 'coe' | 'sco' | 'csto' | 'las' | 'ecowas' | 'pif' | 'caricom' | 'commonwealth';

export type SpeakingGroupId = 'eu-member-states' | 'nam' | 'african-group' | 'arab-group' | 'g77' | 'canz' | 'nordic' | 'nb8' | 'benelux' | 'aosis';

export interface Organisation {
  id: OrganisationId;
  name: string;
  aliases: string[];
}

export interface SpeakingGroup {
  id: SpeakingGroupId;
  name: string;
  aliases: string[];
}

export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    aliases: ['Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe', 'OSCE'],
  },
  { id: 'asean', name: 'Association of Southeast Asian Nations', aliases: ['Association of South-East Asian Nations', 'ASEAN'] },
  { id: 'arf', name: 'ASEAN Regional Forum', aliases: ['ARF'] },
  {
    id: 'oas',
    name: 'Organization of American States',
    aliases: ['Organisation of American States', 'OAS', 'Inter-American Committee against Terrorism', 'CICTE'],
  },
  { id: 'au', name: 'African Union', aliases: ['AU', 'African Union Commission'] },
  // "European Union" and "EU" are also aliases of the speaking group eu-member-states: in the
  // dialogue the EU speaks for itself and its member States, so the resolver gives the group
  // precedence and this record is reached through its institutional aliases.
  { id: 'eu', name: 'European Union', aliases: ['EU', 'European Commission', 'European External Action Service', 'EEAS'] },
  { id: 'coe', name: 'Council of Europe', aliases: [] },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['Shanghai Cooperation Organization', 'SCO'] },
  { id: 'csto', name: 'Collective Security Treaty Organization', aliases: ['Collective Security Treaty Organisation', 'CSTO'] },
  { id: 'las', name: 'League of Arab States', aliases: ['Arab League', 'LAS'] },
  { id: 'ecowas', name: 'Economic Community of West African States', aliases: ['ECOWAS'] },
  { id: 'pif', name: 'Pacific Islands Forum', aliases: ['PIF'] },
  // CARICOM statements are delivered by one member on behalf of all; they resolve to this record
  // rather than to a separate speaking group, so the alias is not claimed twice.
  { id: 'caricom', name: 'Caribbean Community', aliases: ['CARICOM', 'Caricom'] },
  { id: 'commonwealth', name: 'Commonwealth', aliases: ['Commonwealth of Nations', 'Commonwealth Secretariat'] },
];

export const SPEAKING_GROUPS: readonly SpeakingGroup[] = [
  {
    id: 'eu-member-states',
    name: 'the European Union and its member States',
    aliases: ['EU and its member States', 'European Union', 'EU', 'EU member States'],
  },
  { id: 'nam', name: 'the Non-Aligned Movement', aliases: ['NAM', 'Movement of Non-Aligned Countries'] },
  { id: 'african-group', name: 'the African Group', aliases: ['Group of African States'] },
  { id: 'arab-group', name: 'the Arab Group', aliases: ['Group of Arab States'] },
  { id: 'g77', name: 'the Group of 77 and China', aliases: ['Group of 77', 'G77 and China', 'G-77 and China', 'G77', 'G-77'] },
  // CANZ: Canada, Australia and New Zealand speaking together.
  { id: 'canz', name: 'the CANZ group', aliases: ['CANZ'] },
  { id: 'nordic', name: 'the Nordic countries', aliases: ['Nordic States'] },
  { id: 'nb8', name: 'the Nordic-Baltic Eight', aliases: ['NB8', 'Nordic and Baltic States', 'Nordic-Baltic countries'] },
  { id: 'benelux', name: 'the Benelux countries', aliases: ['Benelux'] },
  { id: 'aosis', name: 'the Alliance of Small Island States', aliases: ['AOSIS'] },
];

const orgById = new Map(ORGANISATIONS.map((o) => [o.id, o]));
const groupById = new Map(SPEAKING_GROUPS.map((g) => [g.id, g]));

/** @example organisationById('osce')?.name */
export function organisationById(id: string): Organisation | undefined {
  return orgById.get(id as OrganisationId);
}

/** @example speakingGroupById('nam')?.name // 'the Non-Aligned Movement' */
export function speakingGroupById(id: string): SpeakingGroup | undefined {
  return groupById.get(id as SpeakingGroupId);
}
