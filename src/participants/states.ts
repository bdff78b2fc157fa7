/**
 * The 193 UN Member States and the two observer States, with the names texts use for them.
 *
 * - `m49` is the UN Statistics Division code (identical to ISO 3166-1 numeric for every State here).
 * - `officialName` is the UN's official short name (UNTERM / M49), e.g. "Iran (Islamic Republic of)".
 * - `names` are other forms found in statements and reports: common short names, formal names,
 *   former names still in use (Swaziland, Turkey, Czech Republic). A leading "the" is optional when
 *   matching, so it is left out. Forms that are ambiguous between States (bare "Korea", "Congolese",
 *   "Dominican", "Central African", "Micronesian") are deliberately absent.
 * - `adjectives` are matched only when capitalised in running text ("Polish" but not "polish").
 * - `regionalGroup` is the group a State belongs to for elections. It is null for the two observer
 *   States: the Holy See and the State of Palestine are not members of any UN regional group.
 */
import type { RegionalGroupId } from './regionalGroups.ts';
import type { OrganisationId } from './organisations.ts';
import { MEMBERS } from './memberships.ts';

export interface State {
  iso3: string;
  m49: string;
  officialName: string;
  names: string[];
  adjectives: string[];
  regionalGroup: RegionalGroupId | null;
  /** Groups a State also caucuses with, beyond its electoral group. */
  alsoCaucuses?: RegionalGroupId[];
  /** True when the State attends its group's meetings as an observer (the United States in WEOG). */
  observerInGroup?: boolean;
  /** True only for the non-member observer States (Holy See, State of Palestine). */
  observer: boolean;
  organisations: OrganisationId[];
}

type Extra = Partial<Pick<State, 'alsoCaucuses' | 'observerInGroup' | 'observer'>>;
type Row = [iso3: string, m49: string, group: RegionalGroupId | null, officialName: string, names: string[], adjectives: string[], extra?: Extra];

const AF = 'african',
  AP = 'asia-pacific',
  EE = 'eastern-european',
  LA = 'grulac',
  WE = 'weog';

const ROWS: Row[] = [
  ['AFG', '004', AP, 'Afghanistan', ['Islamic Republic of Afghanistan'], ['Afghan']],
  ['ALB', '008', EE, 'Albania', ['Republic of Albania'], ['Albanian']],
  ['DZA', '012', AF, 'Algeria', ["People's Democratic Republic of Algeria"], ['Algerian']],
  ['AND', '020', WE, 'Andorra', ['Principality of Andorra'], ['Andorran']],
  ['AGO', '024', AF, 'Angola', ['Republic of Angola'], ['Angolan']],
  ['ATG', '028', LA, 'Antigua and Barbuda', [], ['Antiguan']],
  ['ARG', '032', LA, 'Argentina', ['Argentine Republic'], ['Argentine', 'Argentinian']],
  ['ARM', '051', EE, 'Armenia', ['Republic of Armenia'], ['Armenian']],
  ['AUS', '036', WE, 'Australia', ['Commonwealth of Australia'], ['Australian']],
  ['AUT', '040', WE, 'Austria', ['Republic of Austria'], ['Austrian']],
  ['AZE', '031', EE, 'Azerbaijan', ['Republic of Azerbaijan'], ['Azerbaijani', 'Azerbaijanian']],
  ['BHS', '044', LA, 'Bahamas', ['Commonwealth of the Bahamas'], ['Bahamian']],
  ['BHR', '048', AP, 'Bahrain', ['Kingdom of Bahrain'], ['Bahraini']],
  ['BGD', '050', AP, 'Bangladesh', ["People's Republic of Bangladesh"], ['Bangladeshi']],
  ['BRB', '052', LA, 'Barbados', [], ['Barbadian']],
  ['BLR', '112', EE, 'Belarus', ['Republic of Belarus'], ['Belarusian', 'Belarussian']],
  ['BEL', '056', WE, 'Belgium', ['Kingdom of Belgium'], ['Belgian']],
  ['BLZ', '084', LA, 'Belize', [], ['Belizean']],
  ['BEN', '204', AF, 'Benin', ['Republic of Benin'], ['Beninese']],
  ['BTN', '064', AP, 'Bhutan', ['Kingdom of Bhutan'], ['Bhutanese']],
  ['BOL', '068', LA, 'Bolivia (Plurinational State of)', ['Bolivia', 'Plurinational State of Bolivia'], ['Bolivian']],
  ['BIH', '070', EE, 'Bosnia and Herzegovina', ['Bosnia-Herzegovina'], []],
  ['BWA', '072', AF, 'Botswana', ['Republic of Botswana'], []],
  ['BRA', '076', LA, 'Brazil', ['Federative Republic of Brazil'], ['Brazilian']],
  ['BRN', '096', AP, 'Brunei Darussalam', ['Brunei', 'Nation of Brunei'], ['Bruneian']],
  ['BGR', '100', EE, 'Bulgaria', ['Republic of Bulgaria'], ['Bulgarian']],
  ['BFA', '854', AF, 'Burkina Faso', [], ['Burkinabe', 'Burkinabè']],
  ['BDI', '108', AF, 'Burundi', ['Republic of Burundi'], ['Burundian']],
  ['CPV', '132', AF, 'Cabo Verde', ['Cape Verde', 'Republic of Cabo Verde'], ['Cabo Verdean', 'Cape Verdean']],
  ['KHM', '116', AP, 'Cambodia', ['Kingdom of Cambodia'], ['Cambodian']],
  ['CMR', '120', AF, 'Cameroon', ['Republic of Cameroon'], ['Cameroonian']],
  ['CAN', '124', WE, 'Canada', [], ['Canadian']],
  ['CAF', '140', AF, 'Central African Republic', [], []],
  ['TCD', '148', AF, 'Chad', ['Republic of Chad'], ['Chadian']],
  ['CHL', '152', LA, 'Chile', ['Republic of Chile'], ['Chilean']],
  ['CHN', '156', AP, 'China', ["People's Republic of China", 'PRC'], ['Chinese']],
  ['COL', '170', LA, 'Colombia', ['Republic of Colombia'], ['Colombian']],
  ['COM', '174', AF, 'Comoros', ['Union of the Comoros'], ['Comorian']],
  ['COG', '178', AF, 'Congo', ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'], []],
  ['CRI', '188', LA, 'Costa Rica', ['Republic of Costa Rica'], ['Costa Rican']],
  ['CIV', '384', AF, "Côte d'Ivoire", ["Republic of Côte d'Ivoire", 'Ivory Coast'], ['Ivorian']],
  ['HRV', '191', EE, 'Croatia', ['Republic of Croatia'], ['Croatian']],
  ['CUB', '192', LA, 'Cuba', ['Republic of Cuba'], ['Cuban']],
  ['CYP', '196', AP, 'Cyprus', ['Republic of Cyprus'], ['Cypriot']],
  ['CZE', '203', EE, 'Czechia', ['Czech Republic'], ['Czech']],
  ['PRK', '408', AP, "Democratic People's Republic of Korea", ['DPRK', 'North Korea', 'D.P.R.K.'], ['North Korean']],
  ['COD', '180', AF, 'Democratic Republic of the Congo', ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'], []],
  ['DNK', '208', WE, 'Denmark', ['Kingdom of Denmark'], ['Danish']],
  ['DJI', '262', AF, 'Djibouti', ['Republic of Djibouti'], ['Djiboutian']],
  ['DMA', '212', LA, 'Dominica', ['Commonwealth of Dominica'], []],
  ['DOM', '214', LA, 'Dominican Republic', [], []],
  ['ECU', '218', LA, 'Ecuador', ['Republic of Ecuador'], ['Ecuadorian', 'Ecuadorean']],
  ['EGY', '818', AF, 'Egypt', ['Arab Republic of Egypt'], ['Egyptian']],
  ['SLV', '222', LA, 'El Salvador', ['Republic of El Salvador'], ['Salvadoran', 'Salvadorian']],
  ['GNQ', '226', AF, 'Equatorial Guinea', ['Republic of Equatorial Guinea'], ['Equatorial Guinean', 'Equatoguinean']],
  ['ERI', '232', AF, 'Eritrea', ['State of Eritrea'], ['Eritrean']],
  ['EST', '233', EE, 'Estonia', ['Republic of Estonia'], ['Estonian']],
  ['SWZ', '748', AF, 'Eswatini', ['Kingdom of Eswatini', 'Swaziland'], []],
  ['ETH', '231', AF, 'Ethiopia', ['Federal Democratic Republic of Ethiopia'], ['Ethiopian']],
  ['FJI', '242', AP, 'Fiji', ['Republic of Fiji'], ['Fijian']],
  ['FIN', '246', WE, 'Finland', ['Republic of Finland'], ['Finnish']],
  ['FRA', '250', WE, 'France', ['French Republic'], ['French']],
  ['GAB', '266', AF, 'Gabon', ['Gabonese Republic'], ['Gabonese']],
  ['GMB', '270', AF, 'Gambia', ['Republic of the Gambia', 'The Gambia'], ['Gambian']],
  ['GEO', '268', EE, 'Georgia', [], ['Georgian']],
  ['DEU', '276', WE, 'Germany', ['Federal Republic of Germany'], ['German']],
  ['GHA', '288', AF, 'Ghana', ['Republic of Ghana'], ['Ghanaian']],
  ['GRC', '300', WE, 'Greece', ['Hellenic Republic'], ['Greek', 'Hellenic']],
  ['GRD', '308', LA, 'Grenada', [], ['Grenadian']],
  ['GTM', '320', LA, 'Guatemala', ['Republic of Guatemala'], ['Guatemalan']],
  ['GIN', '324', AF, 'Guinea', ['Republic of Guinea', 'Guinea-Conakry'], ['Guinean']],
  ['GNB', '624', AF, 'Guinea-Bissau', ['Republic of Guinea-Bissau'], ['Bissau-Guinean']],
  ['GUY', '328', LA, 'Guyana', ['Co-operative Republic of Guyana', 'Cooperative Republic of Guyana'], ['Guyanese']],
  ['HTI', '332', LA, 'Haiti', ['Republic of Haiti'], ['Haitian']],
  ['HND', '340', LA, 'Honduras', ['Republic of Honduras'], ['Honduran']],
  ['HUN', '348', EE, 'Hungary', [], ['Hungarian']],
  ['ISL', '352', WE, 'Iceland', [], ['Icelandic']],
  ['IND', '356', AP, 'India', ['Republic of India'], ['Indian']],
  ['IDN', '360', AP, 'Indonesia', ['Republic of Indonesia'], ['Indonesian']],
  ['IRN', '364', AP, 'Iran (Islamic Republic of)', ['Iran', 'Islamic Republic of Iran'], ['Iranian']],
  ['IRQ', '368', AP, 'Iraq', ['Republic of Iraq'], ['Iraqi']],
  ['IRL', '372', WE, 'Ireland', [], ['Irish']],
  ['ISR', '376', WE, 'Israel', ['State of Israel'], ['Israeli']],
  ['ITA', '380', WE, 'Italy', ['Italian Republic'], ['Italian']],
  ['JAM', '388', LA, 'Jamaica', [], ['Jamaican']],
  ['JPN', '392', AP, 'Japan', [], ['Japanese']],
  ['JOR', '400', AP, 'Jordan', ['Hashemite Kingdom of Jordan'], ['Jordanian']],
  ['KAZ', '398', AP, 'Kazakhstan', ['Republic of Kazakhstan'], ['Kazakh', 'Kazakhstani']],
  ['KEN', '404', AF, 'Kenya', ['Republic of Kenya'], ['Kenyan']],
  ['KIR', '296', AP, 'Kiribati', ['Republic of Kiribati'], []],
  ['KWT', '414', AP, 'Kuwait', ['State of Kuwait'], ['Kuwaiti']],
  ['KGZ', '417', AP, 'Kyrgyzstan', ['Kyrgyz Republic'], ['Kyrgyz']],
  ['LAO', '418', AP, "Lao People's Democratic Republic", ['Laos', 'Lao PDR'], ['Lao', 'Laotian']],
  ['LVA', '428', EE, 'Latvia', ['Republic of Latvia'], ['Latvian']],
  ['LBN', '422', AP, 'Lebanon', ['Lebanese Republic'], ['Lebanese']],
  ['LSO', '426', AF, 'Lesotho', ['Kingdom of Lesotho'], []],
  ['LBR', '430', AF, 'Liberia', ['Republic of Liberia'], ['Liberian']],
  ['LBY', '434', AF, 'Libya', ['State of Libya'], ['Libyan']],
  ['LIE', '438', WE, 'Liechtenstein', ['Principality of Liechtenstein'], []],
  ['LTU', '440', EE, 'Lithuania', ['Republic of Lithuania'], ['Lithuanian']],
  ['LUX', '442', WE, 'Luxembourg', ['Grand Duchy of Luxembourg'], ['Luxembourgish']],
  ['MDG', '450', AF, 'Madagascar', ['Republic of Madagascar'], ['Malagasy']],
  ['MWI', '454', AF, 'Malawi', ['Republic of Malawi'], ['Malawian']],
  ['MYS', '458', AP, 'Malaysia', [], ['Malaysian']],
  ['MDV', '462', AP, 'Maldives', ['Republic of Maldives'], ['Maldivian']],
  ['MLI', '466', AF, 'Mali', ['Republic of Mali'], ['Malian']],
  ['MLT', '470', WE, 'Malta', ['Republic of Malta'], ['Maltese']],
  ['MHL', '584', AP, 'Marshall Islands', ['Republic of the Marshall Islands'], ['Marshallese']],
  ['MRT', '478', AF, 'Mauritania', ['Islamic Republic of Mauritania'], ['Mauritanian']],
  ['MUS', '480', AF, 'Mauritius', ['Republic of Mauritius'], ['Mauritian']],
  ['MEX', '484', LA, 'Mexico', ['United Mexican States'], ['Mexican']],
  ['FSM', '583', AP, 'Micronesia (Federated States of)', ['Federated States of Micronesia'], []],
  ['MCO', '492', WE, 'Monaco', ['Principality of Monaco'], ['Monegasque']],
  ['MNG', '496', AP, 'Mongolia', [], ['Mongolian']],
  ['MNE', '499', EE, 'Montenegro', [], ['Montenegrin']],
  ['MAR', '504', AF, 'Morocco', ['Kingdom of Morocco'], ['Moroccan']],
  ['MOZ', '508', AF, 'Mozambique', ['Republic of Mozambique'], ['Mozambican']],
  ['MMR', '104', AP, 'Myanmar', ['Republic of the Union of Myanmar', 'Burma'], []],
  ['NAM', '516', AF, 'Namibia', ['Republic of Namibia'], ['Namibian']],
  ['NRU', '520', AP, 'Nauru', ['Republic of Nauru'], ['Nauruan']],
  ['NPL', '524', AP, 'Nepal', [], ['Nepalese', 'Nepali']],
  ['NLD', '528', WE, 'Netherlands (Kingdom of the)', ['Netherlands', 'Kingdom of the Netherlands'], ['Dutch']],
  ['NZL', '554', WE, 'New Zealand', ['Aotearoa New Zealand'], []],
  ['NIC', '558', LA, 'Nicaragua', ['Republic of Nicaragua'], ['Nicaraguan']],
  ['NER', '562', AF, 'Niger', ['Republic of the Niger', 'Republic of Niger'], ['Nigerien']],
  ['NGA', '566', AF, 'Nigeria', ['Federal Republic of Nigeria'], ['Nigerian']],
  ['MKD', '807', EE, 'North Macedonia', ['Republic of North Macedonia', 'former Yugoslav Republic of Macedonia'], []],
  ['NOR', '578', WE, 'Norway', ['Kingdom of Norway'], ['Norwegian']],
  ['OMN', '512', AP, 'Oman', ['Sultanate of Oman'], ['Omani']],
  ['PAK', '586', AP, 'Pakistan', ['Islamic Republic of Pakistan'], ['Pakistani']],
  ['PLW', '585', AP, 'Palau', ['Republic of Palau'], ['Palauan']],
  ['PAN', '591', LA, 'Panama', ['Republic of Panama'], ['Panamanian']],
  ['PNG', '598', AP, 'Papua New Guinea', ['Independent State of Papua New Guinea'], ['Papua New Guinean']],
  ['PRY', '600', LA, 'Paraguay', ['Republic of Paraguay'], ['Paraguayan']],
  ['PER', '604', LA, 'Peru', ['Republic of Peru'], ['Peruvian']],
  ['PHL', '608', AP, 'Philippines', ['Republic of the Philippines'], ['Philippine', 'Filipino']],
  ['POL', '616', EE, 'Poland', ['Republic of Poland'], ['Polish']],
  ['PRT', '620', WE, 'Portugal', ['Portuguese Republic'], ['Portuguese']],
  ['QAT', '634', AP, 'Qatar', ['State of Qatar'], ['Qatari']],
  ['KOR', '410', AP, 'Republic of Korea', ['South Korea', 'ROK'], ['South Korean']],
  ['MDA', '498', EE, 'Republic of Moldova', ['Moldova'], ['Moldovan']],
  ['ROU', '642', EE, 'Romania', [], ['Romanian']],
  ['RUS', '643', EE, 'Russian Federation', ['Russia'], ['Russian']],
  ['RWA', '646', AF, 'Rwanda', ['Republic of Rwanda'], ['Rwandan']],
  ['KNA', '659', LA, 'Saint Kitts and Nevis', ['St. Kitts and Nevis', 'Federation of Saint Kitts and Nevis'], ['Kittitian']],
  ['LCA', '662', LA, 'Saint Lucia', ['St. Lucia'], ['Saint Lucian']],
  ['VCT', '670', LA, 'Saint Vincent and the Grenadines', ['St. Vincent and the Grenadines'], ['Vincentian']],
  ['WSM', '882', AP, 'Samoa', ['Independent State of Samoa'], ['Samoan']],
  ['SMR', '674', WE, 'San Marino', ['Republic of San Marino'], ['Sammarinese']],
  ['STP', '678', AF, 'Sao Tome and Principe', ['Democratic Republic of Sao Tome and Principe'], ['Santomean']],
  ['SAU', '682', AP, 'Saudi Arabia', ['Kingdom of Saudi Arabia'], ['Saudi', 'Saudi Arabian']],
  ['SEN', '686', AF, 'Senegal', ['Republic of Senegal'], ['Senegalese']],
  ['SRB', '688', EE, 'Serbia', ['Republic of Serbia'], ['Serbian']],
  ['SYC', '690', AF, 'Seychelles', ['Republic of Seychelles'], ['Seychellois']],
  ['SLE', '694', AF, 'Sierra Leone', ['Republic of Sierra Leone'], ['Sierra Leonean']],
  ['SGP', '702', AP, 'Singapore', ['Republic of Singapore'], ['Singaporean']],
  ['SVK', '703', EE, 'Slovakia', ['Slovak Republic'], ['Slovak']],
  ['SVN', '705', EE, 'Slovenia', ['Republic of Slovenia'], ['Slovenian', 'Slovene']],
  ['SLB', '090', AP, 'Solomon Islands', [], []],
  ['SOM', '706', AF, 'Somalia', ['Federal Republic of Somalia'], ['Somali']],
  ['ZAF', '710', AF, 'South Africa', ['Republic of South Africa'], ['South African']],
  ['SSD', '728', AF, 'South Sudan', ['Republic of South Sudan'], ['South Sudanese']],
  ['ESP', '724', WE, 'Spain', ['Kingdom of Spain'], ['Spanish']],
  ['LKA', '144', AP, 'Sri Lanka', ['Democratic Socialist Republic of Sri Lanka'], ['Sri Lankan']],
  ['SDN', '729', AF, 'Sudan', ['Republic of the Sudan', 'Republic of Sudan'], ['Sudanese']],
  ['SUR', '740', LA, 'Suriname', ['Republic of Suriname'], ['Surinamese']],
  ['SWE', '752', WE, 'Sweden', ['Kingdom of Sweden'], ['Swedish']],
  ['CHE', '756', WE, 'Switzerland', ['Swiss Confederation'], ['Swiss']],
  ['SYR', '760', AP, 'Syrian Arab Republic', ['Syria'], ['Syrian']],
  ['TJK', '762', AP, 'Tajikistan', ['Republic of Tajikistan'], ['Tajik']],
  ['THA', '764', AP, 'Thailand', ['Kingdom of Thailand'], ['Thai']],
  ['TLS', '626', AP, 'Timor-Leste', ['Democratic Republic of Timor-Leste', 'East Timor'], ['Timorese']],
  ['TGO', '768', AF, 'Togo', ['Togolese Republic'], ['Togolese']],
  ['TON', '776', AP, 'Tonga', ['Kingdom of Tonga'], ['Tongan']],
  ['TTO', '780', LA, 'Trinidad and Tobago', ['Republic of Trinidad and Tobago'], ['Trinidadian']],
  ['TUN', '788', AF, 'Tunisia', ['Republic of Tunisia'], ['Tunisian']],
  // Türkiye votes with WEOG in elections and also caucuses with the Asia-Pacific Group.
  ['TUR', '792', WE, 'Türkiye', ['Turkey', 'Republic of Türkiye', 'Republic of Turkey'], ['Turkish'], { alsoCaucuses: [AP] }],
  ['TKM', '795', AP, 'Turkmenistan', [], ['Turkmen']],
  ['TUV', '798', AP, 'Tuvalu', [], ['Tuvaluan']],
  ['UGA', '800', AF, 'Uganda', ['Republic of Uganda'], ['Ugandan']],
  ['UKR', '804', EE, 'Ukraine', [], ['Ukrainian']],
  ['ARE', '784', AP, 'United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati']],
  ['GBR', '826', WE, 'United Kingdom of Great Britain and Northern Ireland', ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'Britain'], ['British']],
  ['TZA', '834', AF, 'United Republic of Tanzania', ['Tanzania'], ['Tanzanian']],
  // The United States is not a member of any regional group; it attends WEOG as an observer and is
  // counted with WEOG for elections.
  ['USA', '840', WE, 'United States of America', ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'], ['American'], { observerInGroup: true }],
  ['URY', '858', LA, 'Uruguay', ['Oriental Republic of Uruguay'], ['Uruguayan']],
  ['UZB', '860', AP, 'Uzbekistan', ['Republic of Uzbekistan'], ['Uzbek']],
  ['VUT', '548', AP, 'Vanuatu', ['Republic of Vanuatu'], []],
  ['VEN', '862', LA, 'Venezuela (Bolivarian Republic of)', ['Venezuela', 'Bolivarian Republic of Venezuela'], ['Venezuelan']],
  ['VNM', '704', AP, 'Viet Nam', ['Vietnam', 'Socialist Republic of Viet Nam', 'Socialist Republic of Vietnam'], ['Vietnamese']],
  ['YEM', '887', AP, 'Yemen', ['Republic of Yemen'], ['Yemeni']],
  ['ZMB', '894', AF, 'Zambia', ['Republic of Zambia'], ['Zambian']],
  ['ZWE', '716', AF, 'Zimbabwe', ['Republic of Zimbabwe'], ['Zimbabwean']],
  // Observer States. Neither is a member of a UN regional group, which is why regionalGroup is null.
  // The State of Palestine has in practice taken part in the Asia-Pacific Group since 2019 (our best
  // knowledge; worth confirming with the Secretariat), so it is recorded as a caucus, not as an
  // electoral group.
  ['VAT', '336', null, 'Holy See', ['Vatican', 'Vatican City', 'Vatican City State'], [], { observer: true }],
  ['PSE', '275', null, 'State of Palestine', ['Palestine'], ['Palestinian'], { observer: true, alsoCaucuses: [AP] }],
];

const AFRICAN_GROUP = ROWS.filter((r) => r[2] === AF).map((r) => r[0]);

function organisationsOf(iso3: string, group: RegionalGroupId | null): OrganisationId[] {
  const orgs: OrganisationId[] = [];
  if (group === AF) orgs.push('au');
  for (const [org, members] of Object.entries(MEMBERS) as [OrganisationId, readonly string[]][]) {
    if (members.includes(iso3)) orgs.push(org);
  }
  return orgs;
}

export const STATES: readonly State[] = ROWS.map(([iso3, m49, group, officialName, names, adjectives, extra]) => ({
  iso3,
  m49,
  officialName,
  names,
  adjectives,
  regionalGroup: group,
  ...(extra?.alsoCaucuses ? { alsoCaucuses: extra.alsoCaucuses } : {}),
  ...(extra?.observerInGroup ? { observerInGroup: true } : {}),
  observer: extra?.observer ?? false,
  organisations: organisationsOf(iso3, group),
}));

/** The AU's members among UN States: exactly the African Group. */
export const AU_MEMBERS: readonly string[] = AFRICAN_GROUP;

const byIso3 = new Map(STATES.map((s) => [s.iso3, s]));

/** @example stateByIso3('nld')?.officialName // 'Netherlands (Kingdom of the)' */
export function stateByIso3(code: string): State | undefined {
  return byIso3.get(code.toUpperCase());
}
