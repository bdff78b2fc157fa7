import type { StanceValue } from '../../framework/catalogue/types.ts';

/**
 * Cue rules beyond the catalogue's stance lexicons: shapes of a position that a list of phrases
 * cannot hold (a negation before a noun, a modal before a topic word). A rule marked `selfTopic`
 * names the question's topic itself, so it counts without a topic term nearby.
 */
export interface CueRule {
  value: StanceValue;
  re: RegExp;
  /** Larger wins inside one sentence; a lexicon phrase weighs its number of words. */
  strength: number;
  selfTopic?: boolean;
}

const BODY = '(?:body|bodies|mechanism|mechanisms|forum|forums|fora|platform|institution|institutions|format|formats|structure|structures|process)';

/** Words of asking for a thing: "called for", "urged the negotiation of", "raised once again the need for". */
const LBI_CALL = String.raw`\b(?:need|needs|needed|necessary|necessity|call(?:s|ed|ing)?\s+(?:(?:once\s+)?again\s+|instead\s+|also\s+|further\s+|anew\s+)?for|support\w*|favou?r\w*|propos\w*|negotiat\w*|elaborat\w*|develop\w*|adopt\w*|advocat\w*|urg(?:e|es|ed|ing)|push\w*\s+for|press\w*\s+for|insist\w*\s+on|work(?:s|ed|ing)?\s+(?:on|towards)|conclu(?:de|ding|sion)|draft(?:ing)?)`;
/** Up to four words between the call and the instrument, none turning it round ("support norms rather than a treaty"). */
const LBI_GAP = String.raw`(?:(?!(?:rather|instead|than|not|no|without|existing|budapest)\b)\w+\s+){0,4}`;
/**
 * A legally binding instrument, or a treaty or convention named as new or universal; never the
 * cybercrime convention, a different negotiation. "Non-binding" is not "binding".
 */
const LBI_OBJECT = String.raw`(?:new[,\s]+|additional[,\s]+)?(?:universal[,\s]+|international[,\s]+|comprehensive[,\s]+|global[,\s]+)?(?:(?<![\w-])(?:legally[- ])?binding\s+(?:international\s+)?(?:instrument|treaty|convention|framework|document|agreement|rules|obligations|norms)|(?:new|universal|binding|comprehensive)\s+(?:(?!cybercrime)\w+\s+)?(?:treaty|convention)\b(?!\s+(?:on|against)\s+cybercrime))`;
/** Negotiating or drafting a convention is itself the new instrument, named or not. */
const LBI_NEGOTIATE = String.raw`\b(?:negotiat\w*|elaborat\w*|draft(?:ing)?|conclu(?:de|ding|sion of))\s+(?:of\s+)?(?:a|an)\s+(?:new\s+)?(?:international\s+)?(?:treaty|convention)\b(?!\s+(?:on|against)\s+cybercrime)`;
/** Words that, after the instrument, speak for it: "would provide predictability", "could close the gaps". */
const LBI_WOULD_HELP = String.raw`(?:would|could|will|can)\s+(?:(?!not\b|never\b)\w+\s+)?(?:provide|ensure|offer|give|fill|close|guarantee|bring|address|prevent|strengthen)`;

export const EXTRA_TOPIC_TERMS: Record<string, string[]> = {
  'new-institutional-body': [
    'new permanent mechanism',
    'standing body',
    'new institution',
    'new institutional',
    'future regular institutional dialogue',
    'regular institutional dialogue',
    'institutional mechanisms',
    'permanent forum',
    'single-track',
    'single track',
    'future permanent mechanism',
    'global mechanism',
    // A comma inside the name drops out in tokens: "a permanent, action-oriented mechanism".
    'action-oriented mechanism',
    'permanent action-oriented mechanism',
    'single permanent mechanism',
    'standing mechanism',
    'poa',
    'permanent and action-oriented mechanism',
  ],
  multistakeholder: [
    'non-governmental organizations',
    'non-governmental organisations',
    'civil society organizations',
    'civil society organisations',
    'the private sector',
    'tech companies',
    'technology companies',
    'businesses',
    'non-state actors participation',
    'stakeholder participation',
    'stakeholder engagement',
    'stakeholder',
  ],
  'national-reports': [
    'national implementation reports',
    'national reports',
    'report on their implementation',
    'report on implementation',
    'reporting on implementation',
    'voluntary reports',
    'national surveys',
    'national implementation survey',
    'periodic reporting',
    'voluntary national reports',
    'reporting template',
    'reporting templates',
  ],
  'legally-binding-instrument': [
    'legally binding instrument',
    'binding treaty',
    'new legally binding',
    'international convention',
    'new instrument',
    'binding international instrument',
    'new obligations',
    'new legal obligations',
    'new legal rules',
    'legal instrument',
  ],
  'countermeasures-apply': ['countermeasure', 'law on state responsibility', 'responsibility of states'],
};

/**
 * Words that stand for a question's topic only once the statement has named it ("their
 * participation" after "stakeholders", "the instrument" after "a legally binding instrument").
 */
export const WEAK_TOPIC_TERMS: Record<string, string[]> = {
  multistakeholder: ['participation', 'involvement', 'engagement', 'contributions', 'inputs', 'accreditation'],
  'national-reports': ['reports', 'reporting', 'survey', 'surveys'],
  'new-institutional-body': ['mechanism', 'body', 'forum', 'platform', 'format', 'structure'],
  'legally-binding-instrument': ['instrument', 'treaty', 'convention'],
};

export const EXTRA_CUES: Record<string, Partial<Record<StanceValue, string[]>>> = {
  'new-institutional-body': {
    supports: [
      'supports the establishment',
      'supported the establishment',
      'support the establishment',
      'supports the creation',
      'supported the creation',
      'support the creation',
      'called for the establishment',
      'calls for the establishment',
      'in favour of establishing',
      'in favor of establishing',
      'in favour of creating',
      'in favor of creating',
      'should be created',
      'needs to be established',
      'need to establish',
      'welcomed the establishment',
      'looks forward to the establishment',
      'recommend the establishment',
      'recommended the establishment',
    ],
    opposes: [
      'does not see the need',
      'did not see the need',
      'saw no need',
      'sees no need',
      'no need for a new',
      'no need for new',
      'not support the establishment',
      'not support the creation',
      'opposed the creation',
      'opposed the establishment',
      'opposes the creation',
      'opposes the establishment',
      'against the creation',
      'against the establishment',
      'unnecessary',
      'would duplicate',
    ],
    premature: ['premature', 'too early', 'too soon', 'not yet the time', 'not the right time'],
    open: ['keep an open mind', 'open-minded', 'has not yet decided', 'no fixed position', 'open to exploring', 'remained open'],
    conditional: [
      'on the understanding that',
      'only if',
      'on the condition',
      'on condition',
      'if it adds value',
      'provided it',
      'must not duplicate',
      'should not duplicate',
      'without duplicating',
      'build on existing',
      'building on existing',
      'within existing resources',
      'avoid overlap',
      'avoid overlapping',
      'avoiding duplication',
      'mandate should be clear',
      'clear mandate',
    ],
  },
  multistakeholder: {
    supports: [
      'meaningful participation',
      'should be involved',
      'must be involved',
      'should participate',
      'should be able to participate',
      'role of civil society',
      'role of stakeholders',
      'engagement with stakeholders',
      'engage with stakeholders',
      'inclusion of stakeholders',
      'involvement of stakeholders',
      'involve stakeholders',
      'welcomed the participation',
      'welcomes the contributions',
      'valuable contributions',
      'important contributions',
      'indispensable',
      'should be included',
      'must be included',
      'need to be included',
      'essential role',
      'important role',
      'key role',
      'crucial role',
      'vital role',
      'active role',
    ],
    opposes: [
      'intergovernmental in nature',
      'remain intergovernmental',
      'remains intergovernmental',
      'should not be involved',
      'not be given a role',
      'exclusively for states',
      'reserved for states',
      'sole responsibility of states',
    ],
    premature: ['premature', 'too early', 'too soon'],
    conditional: [
      'on the understanding that',
      'only if',
      'only where',
      'only when',
      'provided it',
      'provided they',
      'subject to the consent',
      'without the consent',
      'with the consent of all states',
      'consent of all states',
      'consent of every member state',
      'informal consultations',
      'informal meetings',
      'informal segment',
      'informal segments',
      'without a decision-making role',
      'no decision-making role',
      'without any role in decision-making',
      'non-voting',
      'observer status',
      'not object',
      'no objection',
      'non-objection basis',
      'no-objection basis',
    ],
  },
  'national-reports': {
    supports: [
      'encouraged states to report',
      'encourage all states to report',
      'should report',
      'should submit',
      'report regularly',
      'reporting would',
      'welcomed the reports',
      'has submitted its',
      'submitted its national',
      'regular reports',
      'valuable tool',
      'useful tool',
    ],
    opposes: ['mandatory reporting', 'burdensome', 'additional reporting obligations', 'not support reporting'],
    conditional: [
      'on the understanding that',
      'only if',
      'only where',
      'provided it',
      'provided they',
      'voluntary basis',
      'should be voluntary',
      'on a voluntary',
      'remain voluntary',
      'non-mandatory',
      'without additional burden',
      'taking into account national capacities',
      'capacity-building to prepare',
    ],
  },
  'legally-binding-instrument': {
    supports: [
      'needs a legally binding',
      'need for a new legally binding',
      'called for a legally binding',
      'calls for a legally binding',
      'in favour of a legally binding',
      'in favor of a legally binding',
      'negotiation of a legally binding',
      'develop a legally binding',
      'elaboration of a legally binding',
      'new legally binding obligations are needed',
      'existing law is not sufficient',
    ],
    opposes: [
      'does not need a new',
      'no need for new legally binding',
      'no new treaty',
      'not support a new treaty',
      'existing international law is sufficient',
      'existing international law provides',
      'rather than negotiating',
    ],
    premature: ['premature', 'too early'],
    open: ['open to exploring', 'open to a discussion'],
    conditional: ['on the understanding that', 'only if', 'provided it', 'provided they'],
  },
  'countermeasures-apply': {
    supports: [
      'can take countermeasures',
      'may resort to countermeasures',
      'countermeasures are permissible',
      'countermeasures are available',
      'apply in cyberspace',
      'applies in cyberspace',
      'applicable in cyberspace',
      'applicable to cyberspace',
      'including countermeasures',
      'lawful options',
      'lawful option',
      'lawful response',
    ],
    opposes: [
      'rejected countermeasures',
      'countermeasures are not',
      'should not be applied',
      'cannot be applied',
      'risks escalation',
      'risk escalation',
      'risks of escalation',
      'could be abused',
      'open to abuse',
      'prone to abuse',
      'has no place',
      'have no place',
      'had no place',
      'escalate tensions',
      'lead to escalation',
      'unilateral coercion',
      'only legitimise',
      'only legitimize',
      'legitimise unilateral',
      'legitimize unilateral',
      'not convinced',
    ],
    premature: ['needs further study', 'need further study', 'needed further study'],
    conditional: ['on the understanding that', 'only as a last resort', 'as a last resort', 'measure of last resort', 'only be considered after', 'only after'],
  },
};

export const CUE_RULES: Record<string, CueRule[]> = {
  'new-institutional-body': [
    {
      value: 'opposes',
      strength: 5,
      selfTopic: true,
      re: new RegExp(
        `\\b(?:no|not any|little|without)\\s+(?:real\\s+)?need\\s+(?:to|for)\\s+(?:\\w+\\s+){0,3}(?:new|another|additional|further|permanent)\\s+(?:\\w+\\s+){0,2}${BODY}`,
        'i',
      ),
    },
    {
      value: 'opposes',
      strength: 5,
      re: new RegExp(
        `\\b(?:existing|current|present)\\s+(?:\\w+\\s+){0,3}${BODY}\\s+(?:\\w+\\s+){0,6}(?:are|is|remain|remains)\\s+(?:sufficient|adequate|enough|fit for purpose)`,
        'i',
      ),
    },
    {
      value: 'opposes',
      strength: 4,
      selfTopic: true,
      re: new RegExp(
        `\\b(?:does|do|did)\\s+not\\s+(?:support|favou?r|see the need for)\\s+(?:the\\s+)?(?:creation|establishment)?\\s*(?:of\\s+)?(?:a|an|any)\\s+(?:new\\s+)?(?:\\w+\\s+)?${BODY}`,
        'i',
      ),
    },
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: new RegExp(
        `\\b(?:establish(?:ment of|ing)?|creat(?:e|ion of|ing)|set(?:ting)? up)\\s+(?:a|an)\\s+(?:new\\s+|dedicated\\s+|permanent\\s+|standing\\s+|single\\s+|regular\\s+|specific\\s+)+(?:\\w+\\s+){0,2}${BODY}`,
        'i',
      ),
    },
    // "the future mechanism must be permanent, single-track and action-oriented".
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: new RegExp(String.raw`\b${BODY}\s+(?:should|must|would need to|needs to)\s+be\s+(?:a\s+)?(?:single[- ]track|permanent|standing)\b`, 'i'),
    },
    // "saw the PoA as the natural home for future discussions", "described the Programme as a permanent mechanism".
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: /\b(?:saw|sees|see|regard\w*|consider\w*|view\w*|describ\w*)\s+(?:the\s+)?(?:programme of action|program of action|poa|programme)\s+as\s+(?:a|an|the)\s+(?:[\w-]+[\s,]+){0,3}(?:home|mechanism|basis|vehicle|framework|platform|body|forum|way forward)\b/i,
    },
    // "the PoA was conceived as a single, permanent and inclusive mechanism": the body described as the speaker wants it.
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: /\b(?:programme of action|program of action|poa)\s+(?:was|is|would be|should be|has been)\s+(?:envisioned|envisaged|conceived|designed|intended|meant|seen|understood)\s+as\s+(?:a|an|the)\s+(?:[\w-]+[\s,]+){0,5}(?:mechanism|body|forum|platform|framework|home|vehicle|instrument)\b/i,
    },
    // "the Programme of Action should become the single mechanism", "the PoA would allow needs to be addressed".
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: /\b(?:programme of action|program of action|poa)\s+(?:should|must|would|could|will)\s+(?:(?!not\b|never\b)\w+\s+)?(?:become|serve|provide|give|allow|enable|help|offer|ensure|strengthen)\b/i,
    },
    // "called for a permanent, action-oriented mechanism", "urged a single, inclusive body".
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: new RegExp(
        `\\b(?:call(?:s|ed|ing)?\\s+for|urg(?:e|es|ed|ing)|advocat\\w*(?:\\s+for)?|push\\w*\\s+for|press\\w*\\s+for|in favou?r of)\\s+(?:the\\s+(?:establishment|creation)\\s+of\\s+)?(?:a|an)\\s+(?:(?:new|dedicated|permanent|standing|single|single-track|regular|specific|inclusive|action-oriented|universal)(?:,?\\s+and\\s+|,\\s*|\\s+))+(?:\\w+\\s+){0,2}${BODY}`,
        'i',
      ),
    },
    { value: 'premature', strength: 5, re: /\b(?:premature|too early|too soon)\s+(?:to|for)\b/i },
    { value: 'premature', strength: 4, re: /\b(?:not|n't)\s+(?:yet\s+)?(?:be\s+)?(?:the\s+)?(?:right\s+|appropriate\s+)?(?:time|moment)\s+to\b/i },
    // "a permanent mechanism must not be decided before the working group finishes its work".
    {
      value: 'premature',
      strength: 5,
      re: /\b(?:not|n't)\s+(?:yet\s+)?(?:be\s+)?(?:decided|established|created|launched|set up|agreed)\s+(?:on\s+|upon\s+)?(?:\w+\s+){0,2}(?:before|until|prior to)\b/i,
    },
    { value: 'conditional', strength: 3, selfTopic: true, re: /\bform (?:should )?follows? function\b/i },
    {
      value: 'conditional',
      strength: 3,
      re: new RegExp(
        `\\b(?:harness\\w*|bolster\\w*|strengthen\\w*|build(?:ing)? on|mak\\w+ (?:better )?use of|us(?:e|ing)|rely(?:ing)? on)\\s+(?:\\w+\\s+){0,3}existing\\s+(?:\\w+\\s+){0,2}${BODY}`,
        'i',
      ),
    },
    { value: 'conditional', strength: 3, re: /\bavoid(?:ing)?\s+(?:\w+\s+){0,2}(?:overlap\w*|duplicat\w*)/i },
  ],
  multistakeholder: [
    // The States decide how stakeholders take part: participation, on the States' terms.
    {
      value: 'conditional',
      strength: 4,
      re: /\bmodalities\b[^.;]{0,60}\b(?:decided|determined|agreed|set|approved)\s+(?:upon\s+)?by\s+(?:the\s+)?(?:member\s+)?states\b/i,
    },
    {
      value: 'supports',
      strength: 2,
      re: /\b(?:should|must|need to|needs to|would need to|has to|have to|ought to)\s+(?:\w+\s+){0,3}(?:include|involve|engage|consult|hear|welcome|take part|participate|contribute|be heard|be consulted|be invited)\b/i,
    },
    // "stakeholders should be allowed to submit written inputs".
    {
      value: 'supports',
      strength: 3,
      re: /\b(?:stakeholders|civil society|private sector|industry|academia|ngos)\s+(?:\w+\s+){0,3}(?:be allowed|be able|be invited|be permitted|be encouraged)\s+to\b/i,
    },
    // "would not accept any format that gave non-governmental entities a role in decision-making".
    {
      value: 'conditional',
      strength: 4,
      re: /\b(?:no|not|without|never)\b[^.;]{0,80}\brole in (?:the\s+)?(?:decision-making|decisions|adoption of outcomes)\b/i,
    },
    // "proposed a briefing by accredited stakeholders", "suggested a dialogue with stakeholders".
    {
      value: 'supports',
      strength: 3,
      re: /\b(?:propos\w*|suggest\w*|recommend\w*|call\w*\s+for|favou?r\w*)\b[^.;]{0,80}\b(?:briefings?|participation|contributions?|inputs?|involvement|consultations?|dialogue)\s+(?:by|from|of|with)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:stakeholders|civil society|private sector|industry|academia|ngos|non-governmental)/i,
    },
    // Valued, not merely named: "stressed the role of civil society", not "a study on the contributions of NGOs".
    {
      value: 'supports',
      strength: 2,
      re: /\b(?:(?:importance|value)\s+of|(?:stress|underlin|emphasi[sz]|highlight|underscor|recogni[sz]|acknowledg|welcom|valu|appreciat|support|encourag|call\w*\s+for|favou?r|ensur|need|important|essential|crucial|vital|key|meaningful|active|broad|full)\w*\s+(?:\w+\s+){0,2}(?:contribution|contributions|role|participation|engagement|involvement|inclusion)\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:multi-?stakeholders?|civil society|private sector|industry|academia|technical community|stakeholders|non-governmental)/i,
    },
    {
      value: 'opposes',
      strength: 4,
      selfTopic: true,
      re: /\b(?:should|must)\s+(?:remain|be)\s+(?:strictly\s+|purely\s+|exclusively\s+)?(?:inter)?governmental\b(?![^.;]*\b(?:however|but|while)\b)/i,
    },
    { value: 'opposes', strength: 4, selfTopic: true, re: /\b(?:decisions?|negotiations?)\s+(?:\w+\s+){0,3}(?:by|to|for)\s+(?:member\s+)?states\s+alone\b/i },
    { value: 'conditional', strength: 4, re: /\b(?:inter)?governmental\b[^.]{0,60}[;,]\s*(?:however|but|while|although)\b/i },
    {
      value: 'conditional',
      strength: 3,
      selfTopic: true,
      re: /\b(?:inter)?governmental (?:nature|character)\b[^.;]{0,40}\b(?:preserved|maintained|respected|safeguarded|kept|retained)\b/i,
    },
    {
      value: 'conditional',
      strength: 3,
      selfTopic: true,
      re: /\bdecisions?\s+(?:\w+\s+){0,3}(?:remain|rest|lie|stay)s?\s+(?:with|for)\s+(?:member\s+)?states\b/i,
    },
  ],
  'national-reports': [
    // "reports should remain entirely voluntary", "reporting must remain strictly voluntary".
    { value: 'conditional', strength: 3, re: /\b(?:remain|remains|be|stay|stays)\s+(?:\w+\s+)?voluntary\b/i },
    { value: 'supports', strength: 2, re: /\b(?:submit|present|share|prepare|produce|publish)\w*\s+(?:\w+\s+){0,3}(?:national\s+)?reports?\b/i },
    {
      value: 'supports',
      strength: 2,
      selfTopic: true,
      re: /\b(?:periodic|regular|annual|voluntary national)\s+(?:\w+\s+){0,2}(?:reports|reporting|presentation of national reports)\b/i,
    },
  ],
  'legally-binding-instrument': [
    { value: 'supports', strength: 5, selfTopic: true, re: new RegExp(String.raw`${LBI_CALL}\s+${LBI_GAP}${LBI_OBJECT}`, 'i') },
    { value: 'supports', strength: 5, selfTopic: true, re: new RegExp(LBI_NEGOTIATE, 'i') },
    // "a new treaty was needed", "a convention should eventually be negotiated".
    {
      value: 'supports',
      strength: 5,
      selfTopic: true,
      re: new RegExp(
        String.raw`${LBI_OBJECT}\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,3}(?:needed|necessary|required|essential|indispensable|(?:should|must|ought to|needs? to)\s+(?:\w+\s+)?be\s+(?:negotiated|developed|elaborated|adopted|drafted|concluded))\b`,
        'i',
      ),
    },
    // "only a legally binding instrument could close the gaps", "… remained the only effective guarantee".
    { value: 'supports', strength: 5, selfTopic: true, re: new RegExp(String.raw`\bonly\s+(?:(?:\w+\s+){0,3}by\s+)?(?:a|an)\s+${LBI_OBJECT}`, 'i') },
    {
      value: 'supports',
      strength: 5,
      selfTopic: true,
      re: new RegExp(
        String.raw`${LBI_OBJECT}\s+(?:(?:is|was|remains?|remained|would be)\s+)the\s+only\s+(?:\w+\s+)?(?:way|guarantee|solution|option|means|answer|path|remedy)\b`,
        'i',
      ),
    },
    { value: 'supports', strength: 4, selfTopic: true, re: new RegExp(String.raw`${LBI_OBJECT}\s+(?:\w+\s+){0,6}?${LBI_WOULD_HELP}`, 'i') },
    {
      value: 'opposes',
      strength: 5,
      selfTopic: true,
      re: /\b(?:no need|not need|not necessary|unnecessary|does not support|do not support|did not support|cannot support|could not support|not in favou?r|not convinced|unconvinced|oppos\w*|reject\w*|resist\w*|caution\w* against|warn\w* against)\b(?:(?!\b(?:and|but|while|whereas|although|however)\b)[^.;,]){0,40}\b(?:new\s+)?(?:treaty|convention|legally[- ]binding|binding\s+instrument)(?!\s+(?:on|against)\s+cybercrime)/i,
    },
    // "needs a legal instrument that all States have shaped", "it was time to negotiate new rules".
    {
      value: 'supports',
      strength: 4,
      selfTopic: true,
      re: /\b(?:needs?|needed|requires?|required)\s+(?:a|an)\s+(?:new\s+)?(?:international\s+)?legal instrument\b|\btime to (?:negotiate|elaborate|develop|draft)\s+(?:new|binding)\s+(?:legal\s+)?(?:rules|obligations)\b/i,
    },
    // "existing international law … provided a sufficient framework": nothing new is needed.
    {
      value: 'opposes',
      strength: 4,
      selfTopic: true,
      re: /\bexisting (?:international )?law\b[^.;]{0,80}\b(?:is|was|are|were|provides?|provided|offers?|offered|remains?|remained)\s+(?:a\s+)?(?:sufficient|adequate)\b/i,
    },
    // "has submitted an updated concept of a convention": a text for the instrument is a call for it.
    {
      value: 'supports',
      strength: 5,
      selfTopic: true,
      re: /\b(?:concept|draft|outline|elements|proposals?)\s+(?:of|for)\s+(?:a|an|the)\s+(?:new\s+|universal\s+|international\s+)?(?:convention|treaty)\b(?!\s+(?:on|against)\s+cybercrime)/i,
    },
    {
      value: 'opposes',
      strength: 5,
      selfTopic: true,
      re: /\b(?:rather than|instead of)\s+(?:\w+\s+){0,2}(?:a\s+)?(?:new\s+)?(?:legally[- ]binding|treaty|convention)\b/i,
    },
  ],
  'countermeasures-apply': [
    {
      value: 'supports',
      strength: 3,
      re: /\b(?:countermeasures|state responsibility)\b[^.;]{0,80}\b(?:appl(?:y|ies|ied)|applicable)\b(?![^.;]{0,10}\bnot\b)/i,
    },
  ],
};

/**
 * Catalogue phrases this reader does not take as cues: they describe how a thing is done rather
 * than a condition on it ("building on the UNIDIR survey" supports reporting, it does not qualify it).
 */
export const IGNORED_CUES: Record<string, string[]> = {
  'national-reports': [
    'building on the unidir',
    'building on existing',
    // "supported regular voluntary reporting" names the reporting it supports; it sets no condition.
    'voluntary reporting',
  ],
  // "deserve further study" asks for study, it does not defer the question; "requires further study" still does.
  'countermeasures-apply': ['further study'],
};

/**
 * What a supporting cue must not be followed by: "establish a dedicated thematic group within the
 * future mechanism" creates a part of the mechanism, not the mechanism.
 */
export const NOT_BEFORE: Record<string, RegExp> = {
  'new-institutional-body': /^[\s,]+(?:[\w-]+\s+){0,2}(?:(?:thematic|working|sub-?|expert)\s*groups?|track|fund|team|unit|segment|sub-?committee)\b/i,
};

/**
 * Questions on which a delegation that speaks well of the topic supports it: saying that national
 * reports "would help" or that civil society "should have a role" is support. Not so for a new body
 * or a treaty, where praise of the topic is often followed by "but not now".
 */
export const DEFAULT_SUPPORT: Record<string, RegExp> = {
  multistakeholder:
    /\b(?:should|must|need to|needs to|has to|have to|can|would need to|important|importance|essential|valuable|useful|key|crucial|vital|meaningful|meaningfully|welcome[sd]?|encourage[sd]?|indispensable|role|involved|included|heard|participate)\b/i,
  'national-reports':
    /\b(?:should|must|would help|will help|helps?|can|important|essential|valuable|useful|helpful|practical|effective|good|welcome[sd]?|encourage[sd]?|ready to share|benefit)\b/i,
};

/**
 * Sentences that name the conditions a rule of law sets itself ("proportionate countermeasures",
 * "subject to the conditions of necessity and proportionality"): they restate the law, they do not
 * make the delegation's support conditional, so conditional cues in them do not count.
 */
export const LAW_OWN_CONDITIONS: Record<string, RegExp> = {
  'countermeasures-apply':
    /\bproportionate countermeasures\b|\bconditions (?:of|for) (?:necessity|proportionality)\b|\bnecessity and proportionality\b|\bconditions (?:set|laid down|established|imposed) (?:by|in|under) (?:general )?international law\b/i,
};

/**
 * Where a question's stance can only be meant about the dialogue: stakeholders "having a role in
 * delivering training" is about capacity-building, not about taking part in the dialogue. The
 * clause must speak of the dialogue, or the meeting's topic must be institutional dialogue.
 */
export const NEEDS_DIALOGUE_CONTEXT: Record<string, RegExp> = {
  multistakeholder:
    /\b(?:dialogue|mechanism|working group|oewg|process|processes|discussions|deliberations|negotiations|meetings?|sessions?|segments?|plenary|consultations|decision-making|institution|body|platform|format|modalities|poa|programme of action|thematic groups?|briefings?)\b/i,
};

/** Verbs that, just before a topic term, take a side on it ("fully supports the Programme of Action"). */
export const SUPPORT_VERBS = new Set([
  'support',
  'supports',
  'supported',
  'supporting',
  // "the need to keep the paragraph on national reports": keeping it in the text is wanting it.
  'keep',
  'keeping',
  'retain',
  'retaining',
  'favour',
  'favours',
  'favoured',
  'favor',
  'favors',
  'favored',
  'endorse',
  'endorses',
  'endorsed',
  'welcome',
  'welcomes',
  'welcomed',
  'advocate',
  'advocates',
  'advocated',
  'champion',
  'champions',
  'championed',
  'backs',
  'backed',
  'supporter',
  'supporters',
  'proponent',
  'proponents',
  'co-sponsor',
  'co-sponsors',
  'co-sponsored',
  'cosponsored',
  'propose',
  'proposes',
  'proposed',
  'proposing',
]);
export const OPPOSE_VERBS = new Set([
  'oppose',
  'opposes',
  'opposed',
  'opposing',
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'against',
  'objected',
  'opponent',
  'opponents',
]);
