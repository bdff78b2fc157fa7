import type { Generated } from 'kysely';

export interface ParticipantsTables {
  regional_groups: { id: string; name: string };
  organisations: { id: string; name: string; kind: 'regional-organisation' | 'speaking-group' | 'un-entity'; aliases: string[] };
  states: {
    iso3: string;
    m49: string;
    official_name: string;
    names: string[];
    adjectives: string[];
    regional_group: string | null;
    also_caucuses: string[];
    observer_in_group: boolean;
    observer: boolean;
  };
  state_memberships: { state_iso3: string; organisation_id: string };
  stakeholder_organisations: {
    id: Generated<number>;
    name: string;
    kind: 'ngo' | 'private-sector' | 'academia' | 'technical-community';
    ecosoc_status: Generated<'general' | 'special' | 'roster' | 'none'>;
    country_iso3: string | null;
    website: string | null;
    description: Generated<string>;
    created_at: Generated<Date>;
  };
}
