import type { Element } from '../types.ts';

const oewg2021 = { symbol: 'A/75/816', paragraph: '15–23' };

export const THREAT_ELEMENTS: Element[] = [
  {
    id: 'threat-critical-infrastructure', pillar: 'threats', source: oewg2021,
    title: 'Attacks on critical infrastructure',
    description: 'Malicious ICT activity aimed at critical infrastructure and critical information infrastructure, with health care as a prominent case.',
    lexicon: ['critical infrastructure', 'critical information infrastructure', 'healthcare', 'health care',
      'health-care', 'health sector', 'medical facilities', 'hospitals', 'energy sector', 'power grid',
      'electricity grid', 'financial sector', 'banking sector', 'essential services', 'public core of the internet',
      'humanitarian organizations', 'humanitarian organisations', 'attacks on hospitals'],
  },
  {
    id: 'threat-military-capabilities', pillar: 'threats', source: oewg2021,
    title: 'Military ICT capabilities and use in conflict',
    description: 'More States are building ICT capabilities for military ends, and the use of ICTs in conflicts between States is becoming more likely.',
    lexicon: ['military purposes', 'military capabilities', 'ict capabilities for military purposes',
      'offensive capabilities', 'offensive cyber', 'offensive cyber capabilities', 'cyber weapons', 'cyberweapons',
      'militarization', 'militarisation', 'militarization of cyberspace', 'militarisation of cyberspace',
      'arms race', 'future conflicts', 'conflicts between states', 'weaponization', 'weaponisation',
      'state-sponsored', 'battlefield'],
  },
  {
    id: 'threat-ransomware', pillar: 'threats',
    // Ransomware entered the agreed threat picture in the annual progress reports, not in A/75/816.
    source: { symbol: 'A/77/275', paragraph: 'section on existing and potential threats' },
    title: 'Ransomware and criminal activity with security effects',
    description: 'Ransomware and other criminal ICT activity whose scale or targets make it a matter of international security.',
    lexicon: ['ransomware', 'ransomware attacks', 'ransom', 'extortion', 'cybercriminals', 'cybercriminal',
      'criminal groups', 'criminal activity', 'data breaches', 'data theft', 'cryptocurrency',
      'ransomware-as-a-service'],
  },
  {
    id: 'threat-supply-chain', pillar: 'threats', source: oewg2021,
    title: 'Supply-chain and product vulnerabilities',
    description: 'Weaknesses built into or introduced along supply chains for ICT products and services.',
    lexicon: ['supply chain', 'supply chains', 'supply-chain', 'supply chain attacks', 'supply-chain attacks',
      'software supply chain', 'vulnerabilities in products', 'compromised products', 'third-party',
      'third party providers', 'hardware', 'open source', 'open-source', 'zero-day', 'zero-days'],
  },
  {
    id: 'threat-emerging-tech', pillar: 'threats', source: oewg2021,
    title: 'Emerging technologies',
    description: 'New technologies such as artificial intelligence and quantum computing that change both the threats and the defences.',
    lexicon: ['emerging technologies', 'new and emerging technologies', 'artificial intelligence', 'ai',
      'machine learning', 'quantum', 'quantum computing', 'post-quantum', 'internet of things', 'iot', '5g',
      'cloud computing', 'autonomous systems'],
  },
  {
    id: 'threat-non-state-actors', pillar: 'threats', source: oewg2021,
    title: 'Non-State actors and proxies',
    description: 'Terrorists, criminal groups and other non-State actors, including those acting for States, that carry out malicious ICT activity.',
    lexicon: ['non-state actors', 'non-state actor', 'terrorists', 'terrorist groups', 'criminal groups',
      'hacker groups', 'hacktivists', 'proxies', 'proxy actors', 'cyber mercenaries', 'mercenaries',
      'private actors', 'spyware', 'commercial intrusion', 'commercially available intrusion capabilities',
      'hackers-for-hire', 'hack-for-hire'],
  },
];
