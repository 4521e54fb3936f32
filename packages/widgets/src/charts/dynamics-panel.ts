import { svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { r } from './common.js';

// ---------------------------------------------------------------------------------------
// One precision per measure, wherever the card shows it: market dynamics to two decimals,
// signed (an oscillator around zero); relative strength to two, as the report gives it
// (112.60 beside 90.39, not 112.6). Volumes are compact with one decimal and ratios one
// decimal with ×, as the formatter gives them.

/** Market dynamics: `+0.36`, `−0.40`. */
export const mdText = (format: Formatter, value: number | undefined) => format.number(value, 2, { signed: true, fixed: true });

/** Relative strength: `112.60`, `90.39`. */
export const rsText = (format: Formatter, value: number | undefined) => format.number(value, 2, { fixed: true });

type Section<K extends 'dynamics' | 'volume' | 'risk'> = NonNullable<Report[K]>;

/** A section counts as present when at least one of its fields has a value. */
function present<T extends object>(section: T | undefined): T | undefined {
  return section && Object.values(section).some((v) => v !== undefined) ? section : undefined;
}

/** The three groups the panel draws; each is `undefined` when the report has nothing for it. */
export function pickDynamics(report: Report): {
  dynamics?: Section<'dynamics'>;
  volume?: Section<'volume'>;
  risk?: Section<'risk'>;
} {
  return { dynamics: present(report.dynamics), volume: present(report.volume), risk: present(report.risk) };
}

// ---------------------------------------------------------------------------------------
// Volume: latest week against the 13- and 52-week averages, as three columns.

export interface VolumeBar {
  key: 'latest' | 'average_13' | 'average_52';
  /** The catalog key of its name. */
  label: (typeof VOLUME_LABELS)[VolumeBar['key']];
  value?: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VolumeLayout {
  width: number;
  height: number;
  baseline: number;
  bars: VolumeBar[];
}

export const VOLUME_WIDTH = 300;
export const VOLUME_HEIGHT = 150;
const LABEL_ROOM = 22;
const VALUE_ROOM = 20;

export const VOLUME_LABELS = { latest: 'dyn.latest', average_13: 'dyn.avg13', average_52: 'dyn.avg52' } as const;

/**
 * Three columns on one baseline, heights proportional to volume (a missing one has none),
 * spread over `width`; the height does not follow the width.
 */
export function layoutVolume(
  volume: { latest?: number; average_13?: number; average_52?: number },
  width = VOLUME_WIDTH,
  height = VOLUME_HEIGHT,
): VolumeLayout {
  const keys = ['latest', 'average_13', 'average_52'] as const;
  const values = keys.map((k) => {
    const v = volume[k];
    return v !== undefined && Number.isFinite(v) && v >= 0 ? v : undefined;
  });
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const baseline = height - LABEL_ROOM;
  const room = baseline - VALUE_ROOM;
  const slot = width / keys.length;
  const column = Math.min(72, Math.max(40, slot * 0.4));
  const bars = keys.map((key, i) => {
    const value = values[i];
    const h = value !== undefined && max > 0 ? (value / max) * room : 0;
    return {
      key,
      label: VOLUME_LABELS[key],
      value,
      x: slot * i + (slot - column) / 2,
      y: baseline - h,
      width: column,
      height: h,
    };
  });
  return { width, height, baseline, bars };
}

/** The columns, their values above and their names below, inside an `<svg>` of the layout's size. */
export function renderVolume(layout: VolumeLayout, format: Formatter): SVGTemplateResult {
  return svg`
    ${layout.bars.map((bar) => {
      const mid = bar.x + bar.width / 2;
      return svg`<g class="vol" data-key=${bar.key}>
        ${
          bar.value !== undefined
            ? svg`<rect class="bar ${bar.key === 'latest' ? 'latest' : 'avg'}" x=${r(bar.x)} y=${r(bar.y)} width=${r(bar.width)} height=${r(Math.max(bar.height, 1))} rx="2"></rect>`
            : null
        }
        <text class="value" x=${r(mid)} y=${r(bar.y - 6)} text-anchor="middle">${format.compact(bar.value)}</text>
        <text class="tick" x=${r(mid)} y=${r(layout.baseline + 15)} text-anchor="middle">${format.t(bar.label)}</text>
      </g>`;
    })}
    <line class="zero" x1="0" x2=${layout.width} y1=${layout.baseline} y2=${layout.baseline}></line>
  `;
}

// ---------------------------------------------------------------------------------------
// Risk: the split of up and down weeks, as one bar.

export interface SplitLayout {
  width: number;
  height: number;
  up: number;
  down: number;
  total: number;
  /** Segment extents in viewBox units; width 0 when the count is 0. */
  upX: number;
  upWidth: number;
  downX: number;
  downWidth: number;
}

export const SPLIT_WIDTH = 300;
const SPLIT_BAR = 18;
const SPLIT_GAP = 2;

/** Up weeks from the left, down weeks from the right; `undefined` when there are none to split. */
export function layoutUpDown(
  risk: { upside_weeks?: number; downside_weeks?: number },
  width = SPLIT_WIDTH,
): SplitLayout | undefined {
  // Both counts or no bar: a missing count is not a zero.
  if (risk.upside_weeks === undefined || risk.downside_weeks === undefined) return undefined;
  const up = Math.max(0, risk.upside_weeks);
  const down = Math.max(0, risk.downside_weeks);
  const total = up + down;
  if (!(total > 0) || !Number.isFinite(total)) return undefined;
  const gap = up > 0 && down > 0 ? SPLIT_GAP : 0;
  const upWidth = (up / total) * (width - gap);
  const downWidth = (down / total) * (width - gap);
  return { width, height: SPLIT_BAR + 22, up, down, total, upX: 0, upWidth, downX: width - downWidth, downWidth };
}

/** The split bar with "▲ 34 up" under its left end and "16 down ▼" under its right end. */
export function renderUpDown(layout: SplitLayout, format: Formatter): SVGTemplateResult {
  const y = SPLIT_BAR + 16;
  return svg`
    ${
      layout.upWidth > 0
        ? svg`<rect class="seg up pos" x=${r(layout.upX)} y="0" width=${r(layout.upWidth)} height=${SPLIT_BAR} rx="2"></rect>`
        : null
    }
    ${
      layout.downWidth > 0
        ? svg`<rect class="seg down neg" x=${r(layout.downX)} y="0" width=${r(layout.downWidth)} height=${SPLIT_BAR} rx="2"></rect>`
        : null
    }
    <text class="split-label up" x="0" y=${y}><tspan class="pos">▲</tspan> ${format.t('dyn.up', { n: format.number(layout.up, 0) })}</text>
    <text class="split-label down" x=${layout.width} y=${y} text-anchor="end">${format.t('dyn.down', { n: format.number(layout.down, 0) })} <tspan class="neg">▼</tspan></text>
  `;
}
