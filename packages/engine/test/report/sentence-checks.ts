// What a written report's sentences must satisfy, read from the report's JSON alone: each sentence is one rule's,
// with its numbers equal to the report's own formatted numbers; no two contradicting rules; no "no risk" next to
// a risk signature; the lists within their lengths. Shared by the rule tests and the generated-universe test.
import {
  MAX_OPPORTUNITIES,
  MAX_RISKS,
  MAX_WATCH_POINTS,
  NO_RISK,
  OPPORTUNITY_RULES,
  OPPORTUNITY_SIGNATURES,
  RISK_RULES,
  RISK_SIGNATURES,
  WATCH_RULES,
  type ReportJson,
  type SentenceRule,
} from '../../src/report/index.js';

type FromReport = (r: ReportJson) => (string | null)[];

const streak = (r: ReportJson) => r.momentum.trend_streak;
const peer = (r: ReportJson) => r.momentum.peer;
const industry = (r: ReportJson) => r.groups?.industry ?? null;
const fourWeek = (r: ReportJson) => r.momentum.returns.find((x) => x.label === '4W')?.value_label ?? null;
/** `"-25.3%"` -> `"25.3%"`: a sentence says "25.3% below". */
const unsigned = (text: string | null) => (text === null ? null : text.replace(/^-/, ''));

/**
 * Every rule's sentence rebuilt from the report's JSON (its formatted strings and its integers): a report sentence
 * equal to one of these carries exactly the numbers the report shows elsewhere. Variants of one rule are listed.
 */
export const SENTENCE_FROM_REPORT: Record<string, FromReport> = {
  // opportunities
  'signature-early-recovery': () => [
    'Setup signature is Early recovery: Market Dynamics is positive as a new advance takes shape.',
  ],
  'trend-active': (r) => [
    `Trend Signal is active with a ${streak(r)}-week active streak.`,
    'Trend Signal turned active on the latest completed week.',
  ],
  'above-trend': () => ['Price is above the Trend Line, keeping the weekly tape constructive.'],
  'above-fair-value': () => ['Price is above Fair Value, showing premium demand versus the model.'],
  'md-positive': () => ['Market Dynamics is positive on the latest completed week.'],
  'fresh-buy': () => ['Market Dynamics gave a fresh buy signal on the latest completed week.'],
  'sector-leader': () => ['Latest weekly return ranks in the strongest part of its sector group.'],
  'signature-leadership': () => [
    'Setup signature is Leadership continuation: a persistent uptrend with positive Market Dynamics and Relative Strength above 100.',
  ],
  'industry-leader': (r) => {
    const g = industry(r);
    return [g && `4-week return ranks ${g.four_week_rank} of ${g.count} in its industry group, ${g.scope}.`];
  },
  'peer-top-decile': (r) => {
    const p = peer(r);
    return [p && `Latest weekly return ranks ${p.rank} of ${p.count} in ${p.scope}, in the top tenth of its peers.`];
  },
  'composite-strong': (r) => [`Composite setup score is ${r.composite_score} of 100.`],
  'rs-improving': () => ['Relative strength is improving.'],
  // risks
  'signature-downtrend': () => [
    'Setup signature is Downtrend: Trend Signal off, price below the Trend Line and Market Dynamics negative (a Stage 4 decline).',
  ],
  'signature-breakdown': () => [
    'Setup signature is Breakdown risk: the Trend Signal is still on, but price or Market Dynamics is giving way.',
  ],
  'signature-extension': (r) => [
    `Setup signature is Late-stage extension: price is ${r.price.vs_trend} above the Trend Line while Market Dynamics fades.`,
    'Setup signature is Late-stage extension: price is far above the Trend Line while Market Dynamics fades.',
  ],
  'trend-inactive': (r) => [
    `Trend Signal has been inactive for ${streak(r)} weeks.`,
    'Trend Signal turned inactive on the latest completed week.',
  ],
  'below-trend': () => ['Price is below the Trend Line, leaving the weekly tape defensive.'],
  'md-negative': () => ['Market Dynamics is negative.'],
  'rs-fading': () => ['Relative strength is fading over four weeks.'],
  'deep-drawdown': (r) => [`Price is ${unsigned(r.price.drawdown)} below its 52-week high.`],
  'volatility-rising': (r) => [
    `Weekly volatility over 13 weeks (${r.risk.volatility_13}) is well above its 52-week level (${r.risk.volatility_52}).`,
  ],
  'sector-laggard': () => ['Latest weekly return ranks in the weakest part of its sector group.'],
  'industry-laggard': (r) => {
    const g = industry(r);
    return [g && `4-week return ranks ${g.four_week_rank} of ${g.count} in its industry group, ${g.scope}, among its weakest.`];
  },
  'peer-bottom-decile': (r) => {
    const p = peer(r);
    return [p && `Latest weekly return ranks ${p.rank} of ${p.count} in ${p.scope}, in the bottom tenth of its peers.`];
  },
  'composite-weak': (r) => [`Composite setup score is ${r.composite_score} of 100.`],
  'bearish-odds': () => ['Most past weeks in the same setup state were not followed by a 4-week gain.'],
  // watch points
  'trend-line': () => ['Trend Line remains the key weekly regime level.'],
  'short-history': () => ['The Trend Line needs 30 weeks of history, so the weekly regime is not measured yet.'],
  'md-gauge': () => ['Market Dynamics is the pressure gauge to monitor for confirmation or fade.'],
  'expectation-bullish': (r) => [
    `Expectation is Bullish: ${r.dynamics.expectation_probability} of past weeks in the same setup state were followed by a 4-week gain.`,
  ],
  'expectation-bearish': (r) => [
    `Expectation is Bearish: only ${r.dynamics.expectation_probability} of past weeks in the same setup state were followed by a 4-week gain.`,
  ],
  'signature-pullback': (r) => [
    `Setup signature is Pullback in uptrend: the 4-week return is ${fourWeek(r)} while price holds above the Trend Line.`,
    'Setup signature is Pullback in uptrend: a 4-week dip while price holds above the Trend Line.',
  ],
  'signature-base': () => [
    'Setup signature is Base building: price is moving sideways near the Trend Line; a Trend Signal turning on would start an advance.',
  ],
  'volume-building': () => ['A volume ratio above 1.5x would show stronger participation in the next move.'],
  'volume-heavy': (r) => [
    `Volume is running at ${r.volume.ratio_13} its 13-week average; whether it holds shows how broad the move is.`,
  ],
  'near-high': (r) => [`Price is within 5% of its 52-week high (${r.price.high_52}).`],
  'at-high': (r) => [`Price closed the week at its 52-week high (${r.price.high_52}).`],
};

const SIGNATURE_OPPORTUNITIES = ['signature-early-recovery', 'signature-leadership'];
const SIGNATURE_RISKS = ['signature-downtrend', 'signature-breakdown', 'signature-extension'];
const SIGNATURE_WATCH = ['signature-pullback', 'signature-base'];
const cross = (a: string[], b: string[]): [string, string][] => a.flatMap((x) => b.map((y): [string, string] => [x, y]));

/** Rule ids that must never fire on the same report. */
export const OPPOSITES: [string, string][] = [
  // the same measure, opposite sides
  ['trend-active', 'trend-inactive'],
  ['above-trend', 'below-trend'],
  ['md-positive', 'md-negative'],
  ['rs-improving', 'rs-fading'],
  ['sector-leader', 'sector-laggard'],
  ['industry-leader', 'industry-laggard'],
  ['peer-top-decile', 'peer-bottom-decile'],
  ['composite-strong', 'composite-weak'],
  ['expectation-bullish', 'expectation-bearish'],
  ['expectation-bullish', 'bearish-odds'],
  ['trend-line', 'short-history'],
  // the weekly rank in the sector group against the weekly rank in the whole sector
  ['sector-leader', 'peer-bottom-decile'],
  ['peer-top-decile', 'sector-laggard'],
  // one signature at a time, and the composite never against it
  ...cross(SIGNATURE_OPPORTUNITIES, SIGNATURE_RISKS),
  ...cross([...SIGNATURE_OPPORTUNITIES, ...SIGNATURE_RISKS], SIGNATURE_WATCH),
  ['signature-early-recovery', 'signature-leadership'],
  ['signature-downtrend', 'signature-breakdown'],
  ['signature-downtrend', 'signature-extension'],
  ['signature-breakdown', 'signature-extension'],
  ['signature-pullback', 'signature-base'],
  ...cross(['composite-strong'], SIGNATURE_RISKS),
  ...cross(SIGNATURE_OPPORTUNITIES, ['composite-weak']),
  // what a signature's sentence says against the measures' own sentences (holds when the signature is computed
  // from the same snapshot, as the build does)
  ...cross(['signature-downtrend'], ['trend-active', 'above-trend', 'md-positive']),
  ['signature-breakdown', 'trend-inactive'],
  ...cross(['signature-extension'], ['trend-inactive', 'below-trend']),
  ...cross(['signature-leadership'], ['trend-inactive', 'md-negative']),
  ['signature-early-recovery', 'md-negative'],
  ...cross(['signature-pullback'], ['trend-inactive', 'below-trend']),
  ['signature-base', 'trend-active'],
];

/** Every rule, with the list it belongs to. */
export const ALL_RULES: { list: 'opportunities' | 'risks' | 'watch_points'; rule: SentenceRule }[] = [
  ...OPPORTUNITY_RULES.map((rule) => ({ list: 'opportunities' as const, rule })),
  ...RISK_RULES.map((rule) => ({ list: 'risks' as const, rule })),
  ...WATCH_RULES.map((rule) => ({ list: 'watch_points' as const, rule })),
];

const TABLES = { opportunities: OPPORTUNITY_RULES, risks: RISK_RULES, watch_points: WATCH_RULES };
const MAX = { opportunities: MAX_OPPORTUNITIES, risks: MAX_RISKS, watch_points: MAX_WATCH_POINTS };

/**
 * The problems of one written report (empty when it is sound), and the ids of the rules its sentences come from.
 * Each sentence must be exactly one rule's sentence rebuilt from the report's own numbers, in rule order.
 */
export function checkReport(report: ReportJson): { problems: string[]; ids: string[] } {
  const problems: string[] = [];
  const ids: string[] = [];
  for (const list of ['opportunities', 'risks', 'watch_points'] as const) {
    const sentences = report[list];
    if (sentences.length > MAX[list]) problems.push(`${list}: ${sentences.length} sentences, more than ${MAX[list]}`);
    let last = -1;
    for (const sentence of sentences) {
      if (list === 'risks' && sentence === NO_RISK) {
        if (sentences.length !== 1) problems.push('the no-risk sentence next to risks');
        continue;
      }
      const matches = TABLES[list]
        .map((rule, at) => ({ id: rule.id, at }))
        .filter(({ id }) => SENTENCE_FROM_REPORT[id]!(report).includes(sentence));
      if (matches.length !== 1) {
        problems.push(`${list}: "${sentence}" matches ${matches.length} rules from the report's numbers`);
        continue;
      }
      if (matches[0]!.at <= last) problems.push(`${list}: "${sentence}" out of rule order`);
      last = matches[0]!.at;
      ids.push(matches[0]!.id);
    }
  }
  for (const [a, b] of OPPOSITES) if (ids.includes(a) && ids.includes(b)) problems.push(`${a} together with ${b}`);
  const signature = report.setup_signature ?? '';
  if (report.risks.includes(NO_RISK) && RISK_SIGNATURES.includes(signature)) problems.push(`no-risk sentence with ${signature}`);
  if (report.risks.includes(NO_RISK) && report.dynamics.expectation === 'Bearish' && report.dynamics.expectation_probability)
    problems.push('no-risk sentence with a Bearish expectation');
  if (report.dynamics.expectation === 'Undecided' && ids.some((id) => id.startsWith('expectation-')))
    problems.push('a direction claimed for an Undecided expectation');
  if (OPPORTUNITY_SIGNATURES.includes(signature) && ids.includes('composite-weak'))
    problems.push(`weak composite with ${signature}`);
  if (report.risks.length === 0) problems.push('no risk sentence at all');
  if (report.watch_points.length === 0) problems.push('no watch point');
  return { problems, ids };
}
