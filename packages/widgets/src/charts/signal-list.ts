import type { Report } from '../data/validate.js';

export type NoteList = 'opportunities' | 'risks' | 'watch_points';

/** The catalog key of each note list's heading. */
export const NOTE_TITLES = {
  opportunities: 'signals.opportunities',
  risks: 'signals.risks',
  watch_points: 'signals.watch',
} as const satisfies Record<NoteList, string>;

/** The signals worth a row: those with a label or a value. */
export function pickSignals(report: Report) {
  return (report.signals ?? []).filter((s) => s.label !== undefined || s.value !== undefined);
}

/** The note lists that have at least one non-blank item, in report order, blanks dropped. */
export function pickNotes(report: Report): { name: NoteList; items: string[] }[] {
  return (['opportunities', 'risks', 'watch_points'] as const)
    .map((name) => ({ name, items: (report[name] ?? []).filter((item) => item.trim() !== '') }))
    .filter((list) => list.items.length > 0);
}
