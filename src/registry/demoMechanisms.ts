import type { MechanismInputProps } from './commands/saveMechanism.ts';

/**
 * Demo registry: ten real mechanisms with mandate summaries written for this demo in our own words.
 * They are marked as demo data wherever shown; check them against the cited source before relying on them.
 */
export const DEMO_MECHANISMS: MechanismInputProps[] = [
  {
    slug: 'osce-iwg-cbms',
    name: 'OSCE Informal Working Group on confidence-building measures (ICT security)',
    parentOrganisation: 'Organization for Security and Co-operation in Europe (OSCE)',
    kind: 'regional-organisation',
    mandateText:
      'Develops and implements confidence-building measures to reduce the risks of conflict stemming from the use of information and communication technologies among participating States. Maintains a network of policy and technical points of contact and runs regular communication checks of that network. Encourages voluntary sharing of national views, strategies and doctrine, consultations to reduce misperception, and cooperation between national CERTs on incidents that could affect critical infrastructure.',
    mandateSource: 'OSCE Permanent Council Decisions No. 1039 (2012), 1106 (2013) and 1202 (2016)',
    elementIds: ['cbm-poc', 'cbm-transparency', 'cbm-dialogue', 'cbm-regional', 'cbm-cert-cooperation', 'norm-g'],
    membership: '57 participating States',
    meetingFrequency: 'Several meetings a year in Vienna',
    website: 'https://www.osce.org',
  },
  {
    slug: 'arf-ism-icts',
    name: 'ASEAN Regional Forum Inter-Sessional Meeting on Security of and in the Use of ICTs',
    parentOrganisation: 'ASEAN Regional Forum (ARF)',
    kind: 'regional-organisation',
    mandateText:
      'Provides a regional forum for dialogue on the security of and in the use of information and communication technologies in the Asia-Pacific. Promotes practical confidence-building measures, including a directory of points of contact, awareness of national policies, and workshops on the application of norms of responsible State behaviour. Supports capacity-building to help member countries implement agreed measures.',
    mandateSource: 'ARF Ministerial decision establishing the ISM on ICTs (2017); ARF Work Plan on Security of and in the Use of ICTs',
    elementIds: ['cbm-poc', 'cbm-dialogue', 'cbm-regional', 'norm-a', 'cb-coordination'],
    membership: '27 ARF participants',
    meetingFrequency: 'Annual inter-sessional meeting with open-ended study groups',
    website: 'https://aseanregionalforum.asean.org',
  },
  {
    slug: 'oas-cicte-cyber',
    name: 'OAS CICTE Cybersecurity Program',
    parentOrganisation: 'Organization of American States (OAS), Inter-American Committee against Terrorism (CICTE)',
    kind: 'programme',
    mandateText:
      'Helps member States build national cybersecurity capacity: developing national cybersecurity strategies, establishing and training national CSIRTs and connecting them in a hemispheric network, and running exercises and technical training. Supports the working group on cooperation and confidence-building measures in cyberspace, including points of contact and the exchange of information on national policies.',
    mandateSource: 'OAS General Assembly resolution AG/RES. 2004 (XXXIV-O/04), Comprehensive Inter-American Cybersecurity Strategy',
    elementIds: ['cbm-poc', 'cbm-transparency', 'cbm-regional', 'cbm-cert-cooperation', 'cb-tailored', 'cb-national-ownership', 'norm-g'],
    membership: '35 OAS member States',
    meetingFrequency: 'CICTE regular session yearly; programme activities throughout the year',
    website: 'https://www.oas.org/en/sms/cicte/',
  },
  {
    slug: 'au-cyber',
    name: 'African Union cyber security framework',
    parentOrganisation: 'African Union (AU)',
    kind: 'regional-organisation',
    mandateText:
      'Sets a continental framework for cyber security and personal data protection, asking member States to adopt national cyber security policies, legislation against cybercrime, and structures to protect critical information infrastructure. Promotes international cooperation, mutual legal assistance and the development of national computer emergency response teams, together with capacity-building across the continent.',
    mandateSource: 'African Union Convention on Cyber Security and Personal Data Protection (Malabo, 2014)',
    elementIds: ['norm-g', 'norm-d', 'norm-e', 'cbm-cert-cooperation', 'cb-national-ownership', 'dialogue-regional', 'threat-critical-infrastructure'],
    membership: '55 AU member States (Convention parties as ratified)',
    meetingFrequency: 'Specialised Technical Committee meetings every two years',
    website: 'https://au.int',
  },
  {
    slug: 'unidir-security-technology',
    name: 'UNIDIR Security and Technology Programme',
    parentOrganisation: 'United Nations Institute for Disarmament Research (UNIDIR)',
    kind: 'programme',
    mandateText:
      'Conducts independent research to support intergovernmental discussions on ICT security. Maintains a portal of national cyber policies and a survey of national implementation of the framework of responsible State behaviour, studies the application of international law and norms, and organises dialogues that include stakeholders from industry, academia and civil society.',
    mandateSource: 'UNIDIR Statute (General Assembly resolution 39/148 H) and programme of work',
    elementIds: ['cbm-transparency', 'dialogue-multistakeholder', 'dialogue-national-reporting', 'law-charter-applies', 'threat-emerging-tech'],
    membership: 'Research institute serving all Member States',
    meetingFrequency: 'Annual Cyber Stability Conference; ongoing research',
    website: 'https://unidir.org',
  },
  {
    slug: 'itu-gca',
    name: 'ITU Global Cybersecurity Agenda and cybersecurity programme',
    parentOrganisation: 'International Telecommunication Union (ITU)',
    kind: 'un-body',
    mandateText:
      'Builds confidence and security in the use of ICTs as facilitator of WSIS Action Line C5. Assists countries in establishing national CIRTs, developing national cybersecurity strategies, and measuring commitment through the Global Cybersecurity Index. Organises regional cyber drills and technical capacity-building, with attention to developing countries and to gender inclusion in the workforce.',
    mandateSource: 'ITU Global Cybersecurity Agenda (2007); Plenipotentiary Resolution 130; WSIS Action Line C5',
    elementIds: ['cbm-cert-cooperation', 'cb-demand-driven', 'cb-tailored', 'cb-gender-inclusive', 'cb-tech-transfer', 'norm-g'],
    membership: '193 Member States and sector members',
    meetingFrequency: 'Study Group 17 and regional events throughout the year',
    website: 'https://www.itu.int',
  },
  {
    slug: 'unodc-gpc',
    name: 'UNODC Global Programme on Cybercrime',
    parentOrganisation: 'United Nations Office on Drugs and Crime (UNODC)',
    kind: 'programme',
    mandateText:
      'Provides technical assistance to help Member States prevent and combat cybercrime: training police, prosecutors and judges in handling digital evidence, supporting legislation against cybercrime, and promoting international cooperation in criminal matters. Addresses ransomware, online child sexual exploitation and the criminal use of ICTs, and supports cooperation against criminal and terrorist use of technology.',
    mandateSource: 'General Assembly resolution 65/230; CCPCJ resolutions 22/7 and 22/8 (2013)',
    elementIds: ['norm-d', 'threat-ransomware', 'threat-non-state-actors', 'cb-tailored', 'cb-funding'],
    membership: 'Technical assistance to requesting Member States',
    meetingFrequency: 'Continuous programme; reports to the CCPCJ yearly',
    website: 'https://www.unodc.org',
  },
  {
    slug: 'gfce',
    name: 'Global Forum on Cyber Expertise (GFCE)',
    parentOrganisation: 'GFCE Foundation',
    kind: 'forum',
    mandateText:
      'A multistakeholder platform that coordinates international cyber capacity-building, matching requests for assistance with offers from donors and implementers so that efforts are not duplicated. Members include governments, international organisations, companies, academia and civil society; it maintains a clearinghouse and a knowledge portal on capacity-building projects and funding.',
    mandateSource: 'The Hague Declaration on the GFCE (2015); Delhi Communiqué (2017)',
    elementIds: ['cb-coordination', 'cb-demand-driven', 'cb-funding', 'dialogue-multistakeholder', 'dialogue-existing-bodies'],
    membership: 'Over 200 members and partners: governments, organisations, industry, academia, civil society',
    meetingFrequency: 'Annual Meeting and regional meetings',
    website: 'https://thegfce.org',
  },
  {
    slug: 'coe-tcy',
    name: 'Cybercrime Convention Committee (T-CY), Budapest Convention',
    parentOrganisation: 'Council of Europe',
    kind: 'treaty-body',
    mandateText:
      'Represents the Parties to the Convention on Cybercrime. Assesses implementation of the Convention, adopts guidance notes on how it applies to new forms of crime such as ransomware and attacks on critical information infrastructure, and facilitates cooperation on electronic evidence, including under the Second Additional Protocol. Capacity-building is delivered through the Cybercrime Programme Office.',
    mandateSource: 'Convention on Cybercrime (ETS No. 185), Article 46',
    elementIds: ['norm-d', 'threat-ransomware', 'threat-critical-infrastructure', 'law-binding-instrument', 'cb-tailored'],
    membership: 'Parties to the Budapest Convention (over 70 States) and observers',
    meetingFrequency: 'Plenary twice a year',
    website: 'https://www.coe.int/cybercrime',
  },
  {
    slug: 'oewg-2021-2025',
    name: 'Open-ended Working Group on security of and in the use of ICTs 2021–2025',
    parentOrganisation: 'United Nations General Assembly (First Committee)',
    kind: 'un-body',
    mandateText:
      'An inclusive intergovernmental process open to all Member States. Continues to develop the rules, norms and principles of responsible State behaviour and ways to implement them; studies how international law applies to the use of ICTs; develops confidence-building measures, including a global intergovernmental directory of points of contact; promotes capacity-building; and considers regular institutional dialogue under the auspices of the United Nations, with modalities for stakeholder participation.',
    mandateSource: 'General Assembly resolution 75/240',
    elementIds: [
      'norm-a',
      'law-charter-applies',
      'cbm-poc',
      'cb-coordination',
      'dialogue-inclusive',
      'dialogue-new-body',
      'dialogue-multistakeholder',
      'dialogue-poa',
    ],
    membership: 'All UN Member States',
    meetingFrequency: 'Substantive sessions several times a year',
    website: 'https://meetings.unoda.org',
  },
];
