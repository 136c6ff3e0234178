// The vocabulary of the tone and brevity linter: what a rule is made of, and what a finding looks like.
export type LintLanguage = 'en' | 'it';

export type LintSeverity = 'info' | 'warning' | 'error';

/** The same text in every language the product speaks. */
export type Localized = Record<LintLanguage, string>;

/** 1-based positions; the end is exclusive, as in Problem. */
export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A suggested edit: replace the text in the range with `text`. */
export interface LintFix extends TextRange {
  text: string;
}

export interface LintFinding extends TextRange {
  rule: string;
  severity: LintSeverity;
  /** The message in the requested language (by default the text's). */
  message: string;
  messages: Localized;
  fix?: LintFix;
}

/** What the text is, when the caller knows: a termination email must state an end date. */
export type DocumentKind = 'termination' | 'other';

export interface LintOptions {
  /** The text's language; detected from the text when left out. */
  language?: LintLanguage;
  /** The language of the messages; the text's language when left out. */
  messageLanguage?: LintLanguage;
  /** Rule ids to skip. */
  disable?: readonly string[];
  /** Left out: a text that announces an ending counts as a termination email. */
  kind?: DocumentKind;
}

/** How a phrase finding can be fixed: drop the phrase, lower-case it, or put other text in its place. */
export type PhraseFix = 'delete' | 'lowercase' | { replace: string };

/**
 * A pattern is a regular expression source; a space in it matches any run of white space, `'` either apostrophe.
 * `inListItem` counts a match only in the text of a bulleted or numbered line ("- ", "• ", "2) " and so on).
 */
export type Pattern = string | { source: string; fix?: PhraseFix; inListItem?: true };

interface RuleBase {
  id: string;
  severity: LintSeverity;
  /** `{match}`, `{count}` and `{max}` are filled in. */
  message: Localized;
  /** One line for the documentation and the settings UI. */
  summary: string;
}

/** Phrases that are findings wherever they stand; from the `minCount`-th occurrence on when piling up is the fault. */
export interface PhraseRule extends RuleBase {
  kind: 'phrases';
  patterns: Record<LintLanguage, Pattern[]>;
  caseSensitive?: boolean;
  minCount?: number;
  fix?: PhraseFix;
}

/** A limit on the body: its words, its sentences, or the words of any one sentence. */
export interface LimitRule extends RuleBase {
  kind: 'words' | 'sentences' | 'sentence-words';
  max: number;
}

/** A text that announces an ending (or is known to be a termination email) must name a date. */
export interface EndDateRule extends RuleBase {
  kind: 'end-date';
  announcesEnd: Record<LintLanguage, Pattern[]>;
  dates: Record<LintLanguage, Pattern[]>;
}

export type LintRule = PhraseRule | LimitRule | EndDateRule;
