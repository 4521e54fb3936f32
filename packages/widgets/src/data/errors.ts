/** What went wrong while getting a report. */
export type ReportErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'validation';

/** One failed check: where in the report, and what was wrong there. */
export interface ReportIssue {
  /** Dotted path, e.g. `momentum.returns`; empty for the report itself. */
  path: string;
  /** Human text, e.g. `expected an array, got string`. */
  message: string;
}

/** The error every loader and validator throws; `detail.error` of `report-error`. */
export class ReportError extends Error {
  override name = 'ReportError';
  readonly kind: ReportErrorKind;
  readonly status?: number;
  readonly issues?: ReportIssue[];

  constructor(kind: ReportErrorKind, message: string, extra: { status?: number; issues?: ReportIssue[] } = {}) {
    super(message);
    this.kind = kind;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.issues) this.issues = extra.issues;
  }
}
