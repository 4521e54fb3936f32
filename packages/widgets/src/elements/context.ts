import { createContext } from '@lit/context';
import type { Report } from '../data/validate.js';
import type { ReportError } from '../data/errors.js';

/** The state every element reflects on its host as `state="..."`. */
export type ReportState = 'loading' | 'ready' | 'empty' | 'error';

/** What a `<report-source>` (or `<ticker-report>`) hands to the elements inside it. */
export interface ReportContextValue {
  state: ReportState;
  report?: Report;
  error?: ReportError;
  /** The provider's `locale`, for elements that set none. */
  locale?: string;
}

export const reportContext = createContext<ReportContextValue | undefined>(Symbol.for('ticker-widgets.report'));
