import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Tone } from '../data/schema.js';
import type { Formatter } from '../format/format.js';
import { r, toneClass } from './common.js';
import { textWidth } from './scale.js';

/** One setup score as drawn: the label always, the value only when the report has it. */
export interface Score {
  label: string;
  value?: number;
  tone?: Tone;
  description?: string;
}

/** The scores of `report.setup.scores`, with a label for every row ("Score 3" when it has none). */
export function pickScores(report: Report, format: Formatter): Score[] {
  return (report.setup?.scores ?? []).map((item, i) => ({
    label: item.label ?? format.t('scores.unnamed', { n: format.number(i + 1, 0) }),
    value: item.value !== undefined && Number.isFinite(item.value) ? item.value : undefined,
    tone: item.tone,
    description: item.description,
  }));
}

/** A score value as text: a whole number (`77`), or `—` when missing. */
export function scoreText(value: number | undefined, format: Formatter): string {
  return format.number(value, 0);
}

/** The font size (px) of labels and values: keep in step with the element's styles. */
export const SCORE_FONT = 12;
export const LINE = 1.2 * SCORE_FONT;
export const GAP = 6;
/** Kept free at the drawing's edges, so no text touches the element's box. */
export const EDGE = 4;

/**
 * `label` in lines of at most `room` px (estimated) at the labels' size: words kept whole
 * where they fit, at most `lines` lines; what still does not fit ends in "…" (the accessible
 * name keeps the whole label).
 */
export function fitLabel(label: string, room: number, lines = 1): string[] {
  const fits = (text: string) => textWidth(text, SCORE_FONT) <= room;
  const cut = (text: string) => {
    let kept = text;
    while (kept.length > 1 && !fits(`${kept}…`)) kept = kept.slice(0, -1).trimEnd();
    return `${kept}…`;
  };
  const out: string[] = [];
  let rest = label.trim();
  while (rest && out.length < lines) {
    if (fits(rest)) {
      out.push(rest);
      rest = '';
      break;
    }
    const words = rest.split(/\s+/);
    let line = words[0];
    let used = 1;
    while (used < words.length && fits(`${line} ${words[used]}`)) line += ` ${words[used++]}`;
    if (out.length === lines - 1 || !fits(line)) {
      out.push(cut(rest));
      rest = '';
      break;
    }
    out.push(line);
    rest = words.slice(used).join(' ');
  }
  return out;
}

/** A value on the 0-100 scale, clamped for geometry (the label keeps the true value). */
export function unit(value: number): number {
  return Math.min(100, Math.max(0, value)) / 100;
}

/** The id of the (hidden) element holding score `index`'s description, for `aria-describedby`. */
export function descId(index: number): string {
  return `score-desc-${index}`;
}

/** A score as read aloud: "Trend 100", or "Dynamics: not available". */
export function scoreName(score: Score, format: Formatter): string {
  return score.value === undefined
    ? format.t('missingValue', { name: score.label })
    : `${score.label} ${scoreText(score.value, format)}`;
}

/** The attributes every score group carries: focusable, named "Trend 100", described. */
export function scoreAttrs(score: Score, index: number, format: Formatter, active: boolean) {
  return {
    cls: active ? 'score active' : 'score',
    name: scoreName(score, format),
    describedBy: score.description ? descId(index) : undefined,
  };
}

/** The chart's width in px before it is measured (and on the server): wide, and narrow. */
export const SCORE_WIDTHS = [560, 320] as const;

// ---------------------------------------------------------------------------------------
// Bars

const ROW = 30;
/** A narrow row: the label line above the bar. */
const NARROW_ROW = 42;
const BAR = 14;
const AXIS = 20;
export const TICKS = [0, 25, 50, 75, 100];

export interface ScoreBar extends Score {
  /** The label as drawn (shortened with "…" only when even its own line cannot hold it). */
  text: string;
  /** Top of the bar, and the baseline of the label. */
  y: number;
  labelY: number;
  /** Bar width in px; undefined when the value is missing (no bar is drawn). */
  width?: number;
}

export interface ScoreBarsLayout {
  width: number;
  height: number;
  /** True for the narrow drawing: each label on its own line above its bar. */
  narrow: boolean;
  /** Where the labels end (wide, anchored at their end) or start (narrow). */
  labelX: number;
  /** Left edge and length of the 0-100 track. */
  x0: number;
  span: number;
  rowHeight: number;
  bars: ScoreBar[];
  ticks: { value: number; x: number }[];
}

/** The least length of a bar track (px) beside a column of labels. */
const MIN_TRACK = 140;

/**
 * Geometry of the bars for a drawing `width` px wide: one row per score, bar length
 * proportional to the value on 0-100. Wide, the labels stand in a column left of the bars,
 * as wide as the longest label needs (at most 40% of the width); `narrow`, each label stands
 * on its own line above its bar, which then takes the whole width. The values stand right
 * of the bars in either case.
 *
 * Unless told, the bars go narrow only where the label column would squeeze the tracks below
 * {@link MIN_TRACK} or cut a label: so a third of a card at 1280px keeps the compact wide
 * drawing, and a phone screen too when the labels are short.
 */
export function layoutScoreBars(scores: Score[], width: number, format: Formatter, narrow?: boolean): ScoreBarsLayout {
  const values = scores.map((s) => scoreText(s.value, format));
  const valueRoom = Math.max(textWidth('100', SCORE_FONT), ...values.map((v) => textWidth(v, SCORE_FONT))) + GAP;
  const widest = Math.max(0, ...scores.map((s) => textWidth(s.label, SCORE_FONT)));
  narrow ??= widest > 0.4 * width || width - widest - GAP - 2 * EDGE - valueRoom < MIN_TRACK;
  const labelRoom = narrow ? 0 : Math.min(widest, 0.4 * width) + GAP;
  const x0 = narrow ? EDGE : labelRoom + EDGE;
  // Room for half of the "100" tick beyond the track's end, and for the value column.
  const span = Math.max(1, width - x0 - EDGE - valueRoom);
  const row = narrow ? NARROW_ROW : ROW;
  const textRoom = narrow ? width - 2 * EDGE - valueRoom : labelRoom - GAP;
  return {
    width,
    height: scores.length * row + AXIS,
    narrow,
    labelX: narrow ? x0 : labelRoom,
    x0,
    span,
    rowHeight: row,
    bars: scores.map((score, i) => {
      const y = narrow ? i * row + row - BAR - 6 : i * row + (row - BAR) / 2;
      return {
        ...score,
        text: fitLabel(score.label, textRoom)[0],
        y,
        labelY: narrow ? y - 6 : y + BAR / 2,
        width: score.value === undefined ? undefined : unit(score.value) * span,
      };
    }),
    ticks: TICKS.map((value) => ({ value, x: x0 + (value / 100) * span })),
  };
}

/**
 * The bars as an SVG fragment, to be placed inside an `<svg>` of the layout's size. Score
 * `active` (hovered or focused) is highlighted.
 */
export function renderScoreBars(layout: ScoreBarsLayout, format: Formatter, active?: number): SVGTemplateResult {
  const { bars, x0, span, rowHeight, width, ticks, narrow, labelX } = layout;
  const plot = bars.length * rowHeight;
  return svg`
    ${ticks.map(
      (t) => svg`<line class="gridline" x1=${r(t.x)} x2=${r(t.x)} y1="0" y2=${plot}></line>
        <text class="tick" x=${r(t.x)} y=${plot + 14} text-anchor="middle">${format.number(t.value, 0)}</text>`,
    )}
    ${bars.map((bar, i) => {
      const attrs = scoreAttrs(bar, i, format, i === active);
      const cls = toneClass(bar.tone, bar.value === undefined ? undefined : 0);
      const dy = narrow ? nothing : '0.35em';
      return svg`<g class=${attrs.cls} tabindex="0" role="group" aria-label=${attrs.name}
          aria-describedby=${attrs.describedBy ?? nothing} data-index=${i} data-label=${bar.label}>
        <rect class="hit" x="0" y=${r(i * rowHeight + 1)} width=${width} height=${rowHeight - 2} rx="4"></rect>
        <text class="label" x=${r(labelX)} y=${r(bar.labelY)} dy=${dy} text-anchor=${narrow ? 'start' : 'end'}>${bar.text}</text>
        <rect class="track" x=${r(x0)} y=${r(bar.y)} width=${r(span)} height=${BAR} rx="3"></rect>
        ${
          bar.width === undefined
            ? null
            : svg`<rect class="bar ${cls}" x=${r(x0)} y=${r(bar.y)} width=${r(bar.width)} height=${BAR} rx="3"></rect>`
        }
        <text class="value" x=${r(width - EDGE)} y=${r(bar.y + BAR / 2)} dy="0.35em" text-anchor="end">${scoreText(bar.value, format)}</text>
      </g>`;
    })}
  `;
}
