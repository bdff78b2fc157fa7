/**
 * The five UN regional groups. Ids are stable: they are stored in the database and in URLs.
 */
export type RegionalGroupId = 'african' | 'asia-pacific' | 'eastern-european' | 'grulac' | 'weog';

export interface RegionalGroup {
  id: RegionalGroupId;
  name: string;
}

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  { id: 'african', name: 'African Group' },
  { id: 'asia-pacific', name: 'Asia-Pacific Group' },
  { id: 'eastern-european', name: 'Eastern European Group' },
  { id: 'grulac', name: 'Latin American and Caribbean Group (GRULAC)' },
  { id: 'weog', name: 'Western European and Others Group (WEOG)' },
];

const byId = new Map(REGIONAL_GROUPS.map((g) => [g.id, g]));

/** @example regionalGroupById('weog')?.name // 'Western European and Others Group (WEOG)' */
export function regionalGroupById(id: string): RegionalGroup | undefined {
  return byId.get(id as RegionalGroupId);
}
