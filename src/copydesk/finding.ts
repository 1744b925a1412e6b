// What a copy desk check returns: a finding with its place in one field of the article, what
// kind of problem it is, how serious (errors block publishing unless an editor overrides; warnings
// inform), a plain explanation and, where there is one, a fix the editor can apply in one click.
export type CheckKind = 'names' | 'words' | 'spelling' | 'balance' | 'dates' | 'links' | 'headline';
export type Severity = 'error' | 'warning';

/** The article fields a finding can point into; offsets are in that field's text. */
export type CopyField = 'headline' | 'standfirst' | 'bodyMarkdown' | 'seoTitle' | 'seoDescription' | 'imageAlt' | 'related';

export interface Fix {
  /** Text to put in place of [start, end). */
  replacement: string;
  label: string;
}

export interface Finding {
  check: string;
  kind: CheckKind;
  severity: Severity;
  field: CopyField;
  start: number;
  end: number;
  /** The flagged text, as it stands. */
  text: string;
  message: string;
  fix?: Fix;
}

export type FindingInput = Omit<Finding, 'check' | 'kind' | 'text'> & { text?: string };
