import type { Element, FrameworkVersion, Pillar } from './types.ts';
import type { OtherLang } from './translations.ts';
import { PILLARS } from './pillars.ts';
import { ELEMENTS } from './elements.ts';
import { QUESTIONS } from './questions.ts';
import { DIALOGUE_ELEMENTS } from './elements/dialogue.ts';

/**
 * The framework of the Global Mechanism on developments in the field of ICTs in the context of
 * international security and advancing responsible State behaviour in the use of ICTs, whose
 * elements the General Assembly endorsed by A/RES/80/16 (annex C to A/79/214 and annex I to A/80/257).
 *
 * What the elements say, as modelled here (in our own words):
 * - The mechanism builds on the cumulative and evolving framework of the earlier consensus reports,
 *   so the five substantive pillars carry over with their elements unchanged (same ids).
 * - The regular institutional dialogue, a pillar of the OEWG's framework, has become the mechanism
 *   itself: the pillar keeps its id (every tag and agenda item that named it stays valid) but its
 *   elements now describe how the mechanism works: its guiding principles (single-track, State-led,
 *   permanent, under the UN, reporting to the First Committee, consensus), its structure (an
 *   organizational session, annual substantive plenaries, dedicated thematic groups, a review
 *   conference), its thematic groups, its stakeholder modalities (ECOSOC status or no objection),
 *   its progress reports, and its place among existing bodies and regional organisations.
 * Details the elements leave to the mechanism (the themes of the thematic groups, their guiding
 * questions, dates) are data the Secretariat sets, not code. The Secretariat can add a later version.
 */
const annexC = { symbol: 'A/79/214', paragraph: 'annex C' };
const annexI = { symbol: 'A/80/257', paragraph: 'annex I' };

const dialogueLexicon = (id: string) => DIALOGUE_ELEMENTS.find((e) => e.id === id)?.lexicon ?? [];

const GM_PILLARS: Pillar[] = PILLARS.map((p) => p.id !== 'institutional-dialogue' ? p : {
  ...p,
  title: 'The Global Mechanism itself',
  description: 'The regular institutional dialogue is now the Global Mechanism: how it works, who takes part, how it reports and how it relates to other bodies.',
  source: annexC,
  lexicon: [...p.lexicon.filter((t) => !['new body', 'new mechanism', 'dedicated forum', 'oewg', 'open-ended working group'].includes(t)),
    'the mechanism', 'permanent mechanism', 'plenary', 'substantive plenary', 'thematic groups'],
});

export const GM_MECHANISM_ELEMENTS: Element[] = [
  {
    id: 'gm-principles', pillar: 'institutional-dialogue', source: annexC,
    title: 'Guiding principles of the mechanism',
    description: 'A single-track, State-led, permanent mechanism under the United Nations, open to all States, reporting to the First Committee and deciding by consensus.',
    lexicon: ['single-track', 'single track', 'state-led', 'state led', 'first committee', 'open to all states', 'by consensus',
      'consensus-based', 'intergovernmental', 'inclusive', 'inclusivity', 'universal participation', 'permanent mechanism',
      'action-oriented', 'action oriented'],
  },
  {
    id: 'gm-structure', pillar: 'institutional-dialogue', source: annexC,
    title: 'Structure: plenaries and review conference',
    description: 'An organizational session, annual substantive plenary sessions and a review conference; the plenary takes the decisions of the mechanism.',
    lexicon: ['organizational session', 'organisational session', 'substantive plenary', 'plenary session', 'plenary sessions',
      'annual plenary', 'review conference', 'review conferences', 'global mechanism', 'programme of action', 'program of action', 'poa'],
  },
  {
    id: 'gm-thematic-groups', pillar: 'institutional-dialogue', source: annexI,
    title: 'Dedicated thematic groups',
    description: 'Groups that take up specific themes between plenaries, led by co-facilitators and guided by questions from the Chair; their themes are set by the mechanism.',
    lexicon: ['dedicated thematic group', 'dedicated thematic groups', 'thematic group', 'thematic groups', 'dtg', 'dtgs',
      'co-facilitator', 'co-facilitators', 'guiding questions', 'guiding question'],
  },
  {
    id: 'gm-stakeholders', pillar: 'institutional-dialogue', source: annexI,
    title: 'Stakeholder modalities',
    description: 'Businesses, non-governmental organisations and academia take part as the modalities provide: with ECOSOC status, or accredited unless a State objects.',
    lexicon: dialogueLexicon('dialogue-multistakeholder'),
  },
  {
    id: 'gm-progress-reports', pillar: 'institutional-dialogue', source: annexC,
    title: 'Progress reports and national reporting',
    description: 'The mechanism works in cycles that end in a progress report adopted by consensus; States may report on their national implementation.',
    lexicon: [...dialogueLexicon('dialogue-national-reporting'), 'progress report', 'progress reports', 'biennial progress report', 'biennial cycle'],
  },
  {
    id: 'gm-existing-bodies', pillar: 'institutional-dialogue', source: annexC,
    title: 'Existing bodies and regional organisations',
    description: 'The mechanism complements, and does not duplicate, existing UN bodies and the work of regional and subregional organisations.',
    lexicon: [...dialogueLexicon('dialogue-existing-bodies'), ...dialogueLexicon('dialogue-regional')],
  },
];

export const FRAMEWORK_GM: FrameworkVersion = {
  id: 'global-mechanism',
  title: 'Framework of responsible State behaviour (Global Mechanism)',
  adopted: '2025-07-11',
  pillars: GM_PILLARS,
  elements: [...ELEMENTS.filter((e) => e.pillar !== 'institutional-dialogue'), ...GM_MECHANISM_ELEMENTS],
  questions: QUESTIONS,
};

export const GM_SOURCE = 'A/RES/80/16; A/79/214, annex C; A/80/257, annex I';

/** The successor of every element of the 2025 framework in the Global Mechanism's. */
export interface MappingSeed { from: string; to: string; relation: 'same' | 'part-of' | 'split'; note: string }
const DIALOGUE_MAPPING: MappingSeed[] = [
  { from: 'dialogue-new-body', to: 'gm-structure', relation: 'split', note: 'Settled: the Global Mechanism is the permanent body; its plenaries and review conference are here.' },
  { from: 'dialogue-new-body', to: 'gm-thematic-groups', relation: 'split', note: 'Settled: the Global Mechanism is the permanent body; its thematic groups are here.' },
  { from: 'dialogue-poa', to: 'gm-structure', relation: 'part-of', note: 'The action-oriented format (Programme of Action) was folded into the single-track mechanism.' },
  { from: 'dialogue-inclusive', to: 'gm-principles', relation: 'part-of', note: 'Open to all States, State-led, by consensus.' },
  { from: 'dialogue-multistakeholder', to: 'gm-stakeholders', relation: 'same', note: 'Now governed by the stakeholder modalities of annex I to A/80/257.' },
  { from: 'dialogue-national-reporting', to: 'gm-progress-reports', relation: 'part-of', note: 'National reporting continues within the mechanism’s reporting cycles.' },
  { from: 'dialogue-existing-bodies', to: 'gm-existing-bodies', relation: 'same', note: '' },
  { from: 'dialogue-regional', to: 'gm-existing-bodies', relation: 'part-of', note: 'Regional organisations are taken up with existing bodies.' },
];
export const MAPPING_2025_TO_GM: MappingSeed[] = [
  ...ELEMENTS.filter((e) => e.pillar !== 'institutional-dialogue').map((e) => ({ from: e.id, to: e.id, relation: 'same' as const, note: '' })),
  ...DIALOGUE_MAPPING,
];

/** Which framework version each process of the seed reads and tags under. */
export const PROCESS_VERSIONS: Record<string, string> = {
  'oewg-2019-2021': 'oewg-2025',
  'oewg-2021-2025': 'oewg-2025',
  'global-mechanism': 'global-mechanism',
};

type Tr = Record<OtherLang, { title: string; description?: string }>;

/** Six-language titles of what differs in the Global Mechanism's version (the rest shares the 2025 translations by id). */
export const GM_TRANSLATIONS: Record<string, Tr> = {
  'version': {
    fr: { title: 'Cadre de comportement responsable des États (Mécanisme mondial)' },
    es: { title: 'Marco de comportamiento responsable de los Estados (Mecanismo Mundial)' },
    ru: { title: 'Рамочная программа ответственного поведения государств (Глобальный механизм)' },
    zh: { title: '负责任国家行为框架（全球机制）' },
    ar: { title: 'إطار السلوك المسؤول للدول (الآلية العالمية)' },
  },
  'institutional-dialogue': {
    fr: { title: 'Le Mécanisme mondial lui-même', description: 'Le dialogue institutionnel régulier est désormais le Mécanisme mondial : son fonctionnement, ses participants, ses rapports et ses liens avec les autres organes.' },
    es: { title: 'El propio Mecanismo Mundial', description: 'El diálogo institucional periódico es ahora el Mecanismo Mundial: cómo funciona, quién participa, cómo informa y cómo se relaciona con otros órganos.' },
    ru: { title: 'Сам Глобальный механизм', description: 'Регулярный институциональный диалог теперь и есть Глобальный механизм: как он работает, кто в нем участвует, как он отчитывается и как соотносится с другими органами.' },
    zh: { title: '全球机制本身', description: '定期机构对话现已成为全球机制本身：其运作方式、参与者、报告方式以及与其他机构的关系。' },
    ar: { title: 'الآلية العالمية ذاتها', description: 'أصبح الحوار المؤسسي المنتظم هو الآلية العالمية ذاتها: كيفية عملها، ومن يشارك فيها، وكيفية تقديمها للتقارير، وعلاقتها بالهيئات الأخرى.' },
  },
  'gm-principles': {
    fr: { title: 'Principes directeurs du mécanisme', description: 'Un mécanisme permanent unique, piloté par les États, placé sous l’égide de l’ONU, ouvert à tous les États, faisant rapport à la Première Commission et décidant par consensus.' },
    es: { title: 'Principios rectores del mecanismo', description: 'Un mecanismo permanente de vía única, dirigido por los Estados, bajo los auspicios de las Naciones Unidas, abierto a todos los Estados, que informa a la Primera Comisión y decide por consenso.' },
    ru: { title: 'Руководящие принципы механизма', description: 'Единый постоянный механизм под руководством государств под эгидой ООН, открытый для всех государств, подотчетный Первому комитету и принимающий решения консенсусом.' },
    zh: { title: '机制的指导原则', description: '在联合国主持下、由国家主导、向所有国家开放的单轨常设机制，向第一委员会报告并以协商一致方式作出决定。' },
    ar: { title: 'المبادئ التوجيهية للآلية', description: 'آلية دائمة أحادية المسار تقودها الدول تحت رعاية الأمم المتحدة، مفتوحة لجميع الدول، تقدم تقاريرها إلى اللجنة الأولى وتتخذ قراراتها بتوافق الآراء.' },
  },
  'gm-structure': {
    fr: { title: 'Structure : séances plénières et conférence d’examen', description: 'Une session d’organisation, des sessions plénières de fond annuelles et une conférence d’examen ; la plénière prend les décisions du mécanisme.' },
    es: { title: 'Estructura: sesiones plenarias y conferencia de examen', description: 'Un período de sesiones de organización, sesiones plenarias sustantivas anuales y una conferencia de examen; el plenario adopta las decisiones del mecanismo.' },
    ru: { title: 'Структура: пленарные сессии и обзорная конференция', description: 'Организационная сессия, ежегодные основные пленарные сессии и обзорная конференция; решения механизма принимает пленарное заседание.' },
    zh: { title: '结构：全体会议和审议大会', description: '一届组织会议、年度实质性全体会议和一次审议大会；由全体会议作出机制的决定。' },
    ar: { title: 'الهيكل: الجلسات العامة والمؤتمر الاستعراضي', description: 'دورة تنظيمية، ودورات عامة موضوعية سنوية، ومؤتمر استعراضي؛ وتتخذ الجلسة العامة قرارات الآلية.' },
  },
  'gm-thematic-groups': {
    fr: { title: 'Groupes thématiques spécialisés', description: 'Des groupes qui examinent des thèmes précis entre les séances plénières, dirigés par des cofacilitateurs et guidés par les questions de la présidence ; leurs thèmes sont fixés par le mécanisme.' },
    es: { title: 'Grupos temáticos específicos', description: 'Grupos que abordan temas concretos entre sesiones plenarias, dirigidos por cofacilitadores y guiados por preguntas de la Presidencia; sus temas los fija el mecanismo.' },
    ru: { title: 'Специальные тематические группы', description: 'Группы, которые рассматривают конкретные темы между пленарными сессиями под руководством сокоординаторов и по вопросам Председателя; их темы определяет механизм.' },
    zh: { title: '专题小组', description: '在全体会议之间讨论具体专题的小组，由共同协调人主持，并以主席提出的指导性问题为引导；其专题由机制确定。' },
    ar: { title: 'الأفرقة المواضيعية المخصصة', description: 'أفرقة تتناول مواضيع محددة بين الجلسات العامة، يقودها ميسّرون مشاركون وتسترشد بأسئلة الرئيس؛ وتحدد الآلية مواضيعها.' },
  },
  'gm-stakeholders': {
    fr: { title: 'Modalités de participation des parties prenantes', description: 'Les entreprises, les organisations non gouvernementales et les milieux universitaires participent selon les modalités prévues : avec le statut auprès de l’ECOSOC, ou accrédités sauf objection d’un État.' },
    es: { title: 'Modalidades de participación de las partes interesadas', description: 'Las empresas, las organizaciones no gubernamentales y el mundo académico participan según las modalidades previstas: con reconocimiento del ECOSOC, o acreditados salvo objeción de un Estado.' },
    ru: { title: 'Порядок участия заинтересованных сторон', description: 'Деловые круги, неправительственные организации и научное сообщество участвуют в соответствии с установленным порядком: при наличии статуса при ЭКОСОС или по аккредитации при отсутствии возражений государств.' },
    zh: { title: '利益攸关方参与方式', description: '企业、非政府组织和学术界按照规定方式参与：具有经社理事会咨商地位，或在无国家反对的情况下获得认可。' },
    ar: { title: 'طرائق مشاركة أصحاب المصلحة', description: 'تشارك مؤسسات الأعمال والمنظمات غير الحكومية والأوساط الأكاديمية وفق الطرائق المقررة: بمركز لدى المجلس الاقتصادي والاجتماعي، أو باعتماد ما لم تعترض دولة.' },
  },
  'gm-progress-reports': {
    fr: { title: 'Rapports d’étape et rapports nationaux', description: 'Le mécanisme travaille par cycles qui s’achèvent par un rapport d’étape adopté par consensus ; les États peuvent rendre compte de leur mise en œuvre nationale.' },
    es: { title: 'Informes sobre los progresos e informes nacionales', description: 'El mecanismo trabaja en ciclos que culminan en un informe sobre los progresos aprobado por consenso; los Estados pueden informar sobre su aplicación nacional.' },
    ru: { title: 'Доклады о ходе работы и национальная отчетность', description: 'Механизм работает циклами, которые завершаются докладом о ходе работы, принимаемым консенсусом; государства могут сообщать о национальном осуществлении.' },
    zh: { title: '进展报告和国家报告', description: '机制按周期开展工作，每个周期以协商一致通过的进展报告结束；各国可报告本国的落实情况。' },
    ar: { title: 'التقارير المرحلية والتقارير الوطنية', description: 'تعمل الآلية في دورات تنتهي بتقرير مرحلي يُعتمد بتوافق الآراء؛ ويجوز للدول أن تقدم تقارير عن تنفيذها الوطني.' },
  },
  'gm-existing-bodies': {
    fr: { title: 'Organes existants et organisations régionales', description: 'Le mécanisme complète, sans les reproduire, les organes existants des Nations Unies et les travaux des organisations régionales et sous-régionales.' },
    es: { title: 'Órganos existentes y organizaciones regionales', description: 'El mecanismo complementa, sin duplicarlos, los órganos existentes de las Naciones Unidas y la labor de las organizaciones regionales y subregionales.' },
    ru: { title: 'Существующие органы и региональные организации', description: 'Механизм дополняет, не дублируя, существующие органы ООН и работу региональных и субрегиональных организаций.' },
    zh: { title: '现有机构和区域组织', description: '该机制补充而不重复联合国现有机构以及区域和次区域组织的工作。' },
    ar: { title: 'الهيئات القائمة والمنظمات الإقليمية', description: 'تكمّل الآلية، دون ازدواجية، هيئات الأمم المتحدة القائمة وعمل المنظمات الإقليمية ودون الإقليمية.' },
  },
};

/** Title of the 2025 version in the other five languages (it had none before migration 0007). */
export const VERSION_2025_TRANSLATIONS: Tr = {
  fr: { title: 'Cadre de comportement responsable des États (GTCNL 2021-2025)' },
  es: { title: 'Marco de comportamiento responsable de los Estados (GTCA 2021-2025)' },
  ru: { title: 'Рамочная программа ответственного поведения государств (РГОС 2021–2025 годов)' },
  zh: { title: '负责任国家行为框架（2021-2025年不限成员名额工作组）' },
  ar: { title: 'إطار السلوك المسؤول للدول (الفريق العامل المفتوح العضوية 2021-2025)' },
};
