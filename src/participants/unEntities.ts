/**
 * Speakers who are never States: the Chair, Vice-Chairs, the rapporteur, the Secretariat, UN entities
 * and other international organisations that take the floor. Their ids are the
 * speaker ids used in meeting records (`chair`, `secretariat`, `unidir` …).
 */
export const UN_ENTITIES = [
  { id: 'chair', name: 'The Chair', aliases: ['Chair', 'Chairperson', 'Chairman', 'Chairwoman', 'President'] },
  { id: 'vice-chair', name: 'The Vice-Chair', aliases: ['Vice-Chair', 'Vice-Chairperson', 'Vice-Chairman', 'Vice-Chairwoman', 'Vice Chair'] },
  { id: 'rapporteur', name: 'The Rapporteur', aliases: ['Rapporteur'] },
  // A dedicated thematic group's co-facilitators lead its meetings (src/thematicGroups/).
  { id: 'facilitator', name: 'The Co-Facilitator', aliases: ['Co-Facilitator', 'Co-facilitator', 'Facilitator'] },
  { id: 'secretariat', name: 'The Secretariat', aliases: ['Secretariat', 'Secretary of the Working Group'] },
  { id: 'unoda', name: 'United Nations Office for Disarmament Affairs', aliases: ['UNODA', 'Office for Disarmament Affairs'] },
  { id: 'unidir', name: 'United Nations Institute for Disarmament Research', aliases: ['UNIDIR'] },
  { id: 'itu', name: 'International Telecommunication Union', aliases: ['ITU'] },
  { id: 'unodc', name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'] },
  { id: 'undp', name: 'United Nations Development Programme', aliases: ['UNDP'] },
  // International organisations outside the UN family that take the floor as observers or panellists.
  { id: 'icrc', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { id: 'gfce', name: 'Global Forum on Cyber Expertise', aliases: ['GFCE'] },
  { id: 'interpol', name: 'International Criminal Police Organization', aliases: ['INTERPOL', 'Interpol'] },
  { id: 'oecd', name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD', 'Organization for Economic Cooperation and Development'] },
] as const;
