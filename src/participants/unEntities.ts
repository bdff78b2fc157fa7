/**
 * Speakers who are never States: the Chair, the Secretariat and UN entities. Their ids are the
 * speaker ids used in meeting records (`chair`, `secretariat`, `unidir` …).
 */
export const UN_ENTITIES = [
  { id: 'chair', name: 'The Chair', aliases: ['Chair', 'Chairperson', 'Chairman', 'Chairwoman', 'President'] },
  { id: 'secretariat', name: 'The Secretariat', aliases: ['Secretariat', 'Secretary of the Working Group'] },
  { id: 'unoda', name: 'United Nations Office for Disarmament Affairs', aliases: ['UNODA', 'Office for Disarmament Affairs'] },
  { id: 'unidir', name: 'United Nations Institute for Disarmament Research', aliases: ['UNIDIR'] },
  { id: 'itu', name: 'International Telecommunication Union', aliases: ['ITU'] },
  { id: 'unodc', name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'] },
] as const;
