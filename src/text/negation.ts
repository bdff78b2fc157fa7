/**
 * The one negation list: the words that reverse what the words around them commit a speaker or a
 * text to ("not", "never", "without"), and every English contraction in n't ("don't", "cannot").
 * The drafting check that sees a negation added to agreed text and the stance reader that sees a
 * negated cue read the same list.
 */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'neither', 'nor', 'cannot', 'none', 'without', 'hardly']);

/**
 * True for a normalised word that negates.
 * @example isNegation("don't") // true
 */
export const isNegation = (word: string) => NEGATIONS.has(word) || word.endsWith("n't");

/** The list as a regular-expression alternation (for patterns over raw text). */
export const NEGATION_PATTERN = `(?:\\b(?:${[...NEGATIONS].join('|')})\\b|n't)`;
