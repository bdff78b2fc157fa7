/**
 * Which States belong to which regional organisation, by ISO 3166-1 alpha-3 code. Kept as one list
 * per organisation (rather than on each State row) because that is how membership is published and
 * checked; states.ts joins these onto each State.
 *
 * Status as known in late 2025. Points that change and need watching:
 * - ECOWAS: Burkina Faso, Mali and the Niger left on 29 January 2025.
 * - OAS: Nicaragua's withdrawal took effect in November 2023 and Venezuela's (denounced by its
 *   Government) in April 2019; Cuba has not taken part since 1962 and declined to return in 2009.
 *   None of the three takes part in CICTE's cyber work, so none is listed.
 * - ASEAN: Timor-Leste was admitted as the eleventh member at the 47th Summit (October 2025).
 * - CSTO: Armenia froze its participation in 2024 but has not formally withdrawn.
 * - SCO: Belarus became the tenth member in July 2024.
 * - Council of Europe: the Russian Federation was expelled in March 2022.
 * - LAS: the Syrian Arab Republic was readmitted in May 2023.
 * - AU: every member of the UN African Group (Morocco rejoined in 2017); suspended members remain
 *   members. The Sahrawi Arab Democratic Republic is an AU member but not a UN State.
 */
import type { OrganisationId } from './organisations.ts';

const EU = ['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE'];
const ASEAN = ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'TLS'];

export const MEMBERS: Record<Exclude<OrganisationId, 'au'>, readonly string[]> = {
  osce: ['ALB', 'AND', 'ARM', 'AUT', 'AZE', 'BLR', 'BEL', 'BIH', 'BGR', 'CAN', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'GEO', 'DEU', 'GRC', 'VAT', 'HUN', 'ISL', 'IRL', 'ITA', 'KAZ', 'KGZ', 'LVA', 'LIE', 'LTU', 'LUX', 'MLT', 'MDA', 'MCO', 'MNG', 'MNE', 'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'ROU', 'RUS', 'SMR', 'SRB', 'SVK', 'SVN', 'ESP', 'SWE', 'CHE', 'TJK', 'TUR', 'TKM', 'UKR', 'GBR', 'USA', 'UZB'],
  eu: EU,
  coe: [...EU, 'ALB', 'AND', 'ARM', 'AZE', 'BIH', 'GEO', 'ISL', 'LIE', 'MDA', 'MCO', 'MNE', 'MKD', 'NOR', 'SMR', 'SRB', 'CHE', 'TUR', 'UKR', 'GBR'],
  asean: ASEAN,
  // The ARF's 27 participants are these 26 States and the European Union.
  arf: [...ASEAN, 'AUS', 'BGD', 'CAN', 'CHN', 'IND', 'JPN', 'PRK', 'KOR', 'MNG', 'NZL', 'PAK', 'PNG', 'RUS', 'LKA', 'USA'],
  oas: ['ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CAN', 'CHL', 'COL', 'CRI', 'DMA', 'DOM', 'ECU', 'SLV', 'GRD', 'GTM', 'GUY', 'HTI', 'HND', 'JAM', 'MEX', 'PAN', 'PRY', 'PER', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO', 'USA', 'URY'],
  sco: ['CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB', 'BLR'],
  csto: ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'],
  las: ['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM'],
  ecowas: ['BEN', 'CPV', 'CIV', 'GMB', 'GHA', 'GIN', 'GNB', 'LBR', 'NGA', 'SEN', 'SLE', 'TGO'],
  // Members that are UN States; the Cook Islands, Niue, French Polynesia and New Caledonia are not.
  pif: ['AUS', 'FJI', 'KIR', 'MHL', 'FSM', 'NRU', 'NZL', 'PLW', 'PNG', 'WSM', 'SLB', 'TON', 'TUV', 'VUT'],
  // Montserrat, the fifteenth member, is not a UN State.
  caricom: ['ATG', 'BHS', 'BRB', 'BLZ', 'DMA', 'GRD', 'GUY', 'HTI', 'JAM', 'KNA', 'LCA', 'VCT', 'SUR', 'TTO'],
  commonwealth: [
    'BWA', 'CMR', 'SWZ', 'GAB', 'GMB', 'GHA', 'KEN', 'LSO', 'MWI', 'MUS', 'MOZ', 'NAM', 'NGA', 'RWA', 'SYC', 'SLE', 'ZAF', 'TGO', 'UGA', 'TZA', 'ZMB',
    'BGD', 'BRN', 'IND', 'MYS', 'MDV', 'PAK', 'SGP', 'LKA',
    'ATG', 'BHS', 'BRB', 'BLZ', 'CAN', 'DMA', 'GRD', 'GUY', 'JAM', 'KNA', 'LCA', 'VCT', 'TTO',
    'CYP', 'MLT', 'GBR',
    'AUS', 'FJI', 'KIR', 'NRU', 'NZL', 'PNG', 'WSM', 'SLB', 'TON', 'TUV', 'VUT',
  ],
};
