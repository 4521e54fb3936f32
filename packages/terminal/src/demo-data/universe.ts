// The demo universe's securities: how many per country, sector and industry, their symbols,
// fictional names and descriptions, and the few with a special history (a split, a suspension,
// a late listing). Pure: the same seed and sizes give the same list.
import { COUNTRIES, NAME_PARTS, SECTORS, SUFFIXES, type CountrySpec } from './catalog.js';
import { createRandom, streamSeed, type Random } from './random.js';

/** A split: from the trading day at `at` on, one old share is `ratio` new ones. */
export interface Split {
  at: number;
  ratio: number;
}

/** One security of the demo universe, with what its price history needs. */
export interface DemoSecurity {
  symbol: string;
  exchange: string;
  name: string;
  country: string;
  currency: string;
  sector: string;
  industry: string;
  description: string;
  /** Index of the first trading day in the country's calendar (0: trades from the first day). */
  listing: number;
  /** Trading days [from, to) with no bars (a suspension), or null. */
  gap: readonly [number, number] | null;
  split: Split | null;
  /** Price on the listing day, in post-split units. */
  startPrice: number;
  /** Shares outstanding, in post-split units. */
  shares: number;
  /** What makes it special, for the README and the tests: 'split', 'gap', 'short', 'tiny', 'late' or ''. */
  role: '' | 'split' | 'gap' | 'short' | 'tiny' | 'late';
}

/** Splits `total` by `weights` with the largest-remainder method (ties go to the earlier weight). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return counts;
}

/** How many securities each country gets: its share, and at least one each when there are enough to go round. */
export function countryCounts(total: number): number[] {
  const counts = apportion(
    total,
    COUNTRIES.map((c) => c.share),
  );
  for (let i = 0; i < counts.length && total >= counts.length; i++) {
    if (counts[i] === 0) {
      counts[counts.indexOf(Math.max(...counts))]--;
      counts[i] = 1;
    }
  }
  return counts;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function lognormal(random: Random, median: number, spread: number): number {
  return median * Math.exp(spread * random.normal());
}

function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let u = random.next() * items.reduce((a, [, w]) => a + w, 0);
  for (const [item, w] of items) if ((u -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Symbols are unique across the whole universe, so the price files could even leave out `exchange`. */
class SymbolBook {
  private readonly used = new Set<string>();

  take(candidates: Iterable<string>, fallback: () => string): string {
    for (const candidate of candidates) {
      if (!this.used.has(candidate)) return this.add(candidate);
    }
    for (;;) {
      const candidate = fallback();
      if (!this.used.has(candidate)) return this.add(candidate);
    }
  }

  has(symbol: string): boolean {
    return this.used.has(symbol);
  }

  private add(symbol: string): string {
    this.used.add(symbol);
    return symbol;
  }
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function* letterTickers(random: Random, name: string): Generator<string> {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  yield letters.slice(0, 3);
  yield letters.slice(0, 4);
  yield letters[0] + letters.slice(2, 4);
  for (let i = 0; i < 4; i++) yield letters[0] + LETTERS[random.int(26)] + LETTERS[random.int(26)];
}

function randomLetters(random: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += LETTERS[random.int(26)];
  return s;
}

function* digitCodes(random: Random, prefixes: readonly string[], digits: number): Generator<string> {
  for (let i = 0; i < 30; i++) {
    yield random.pick(prefixes) + String(random.int(10 ** digits)).padStart(digits, '0');
  }
}

function symbolFor(random: Random, book: SymbolBook, country: string, exchange: string, name: string): string {
  switch (country) {
    case 'CN': {
      // Shanghai: 600/601/603/605 main board, 688 STAR; Shenzhen: 000/001/002/003 main board, 300/301 ChiNext.
      const prefixes = exchange === 'SHH' ? ['600', '601', '603', '605', '688'] : ['000', '001', '002', '003', '300', '301'];
      const lead = exchange === 'SHH' ? '6' : random.pick(['0', '3']);
      return book.take(digitCodes(random, prefixes, 3), () => lead + String(random.int(100_000)).padStart(5, '0'));
    }
    case 'JP':
      // Four digits, or since 2024 three digits and a letter.
      return book.take(
        (function* () {
          for (let i = 0; i < 30; i++) yield String(1300 + random.int(8700));
        })(),
        () => String(130 + random.int(870)) + LETTERS[random.int(26)],
      );
    default:
      return book.take(letterTickers(random, name), () => randomLetters(random, 4 + random.int(2)));
  }
}

function nameFor(random: Random, names: Set<string>, country: string, words: readonly string[]): string {
  const parts = NAME_PARTS[country];
  const word = (): string => capitalise(random.pick(parts.first).toLowerCase() + random.pick(parts.second));
  for (let attempt = 0; ; attempt++) {
    const stem = country === 'CN' && random.next() < 0.6 ? `${word()} ${word()}` : word();
    const name = `${stem} ${random.pick(words)} ${random.pick(SUFFIXES[country])}`;
    const unique = attempt < 20 ? name : `${name} (${attempt})`;
    if (!names.has(unique)) {
      names.add(unique);
      return unique;
    }
  }
}

const SERVICE_SECTORS = new Set(['Financial Services', 'Utilities', 'Real Estate', 'Communication Services']);
const MAKER_VERBS = [
  'researches, develops, produces, and sells',
  'designs, manufactures, and sells',
  'develops, manufactures, and markets',
  'produces and distributes',
];

function describe(random: Random, spec: CountrySpec, name: string, sector: string, industryIndex: number, firstYear: number) {
  const products = SECTORS[sector].products[industryIndex] ?? SECTORS[sector].products[0];
  const verb = SERVICE_SECTORS.has(sector) ? 'provides' : random.pick(MAKER_VERBS);
  const founded = 1900 + random.int(Math.max(1, firstYear - 1905));
  const city = random.pick(spec.cities);
  const abroad = random.next() < 0.6 ? ' and internationally' : '';
  return (
    `${name} ${verb} ${products} in ${spec.region}${abroad}. ` +
    `The company was founded in ${founded} and is headquartered in ${city}. ` +
    'It is fictional: this is synthetic demo data.'
  );
}

export interface UniverseOptions {
  securities: number;
  seed: number;
  /** Number of trading days of each country's calendar, by country code. */
  calendarLengths: Readonly<Record<string, number>>;
  /** Trading days of each country's calendar (days since epoch), to place short histories by week. */
  calendars: Readonly<Record<string, Int32Array>>;
  /** Year of the first day (founding years come before it). */
  firstYear: number;
}

/** Index of the first trading day of the last `weeks` calendar weeks (Monday to Sunday) of `days`. */
export function lastWeeksStart(days: Int32Array, weeks: number): number {
  const lastDay = days[days.length - 1];
  const monday = lastDay - ((lastDay + 3) % 7); // days since epoch: 1970-01-05 (day 4) was a Monday
  const from = monday - (weeks - 1) * 7;
  const index = days.findIndex((d) => d >= from);
  return index < 0 ? days.length - 1 : index;
}

/** The whole list, ordered by country (CN, US, JP, DE) then symbol. */
export function buildUniverse(options: UniverseOptions): DemoSecurity[] {
  const random = createRandom(streamSeed(options.seed, 'universe'));
  const book = new SymbolBook();
  const names = new Set<string>();
  const byCountry: DemoSecurity[][] = [];
  const counts = countryCounts(options.securities);
  COUNTRIES.forEach((spec, c) => {
    const list: DemoSecurity[] = [];
    const sectors = spec.sectors.map(([s]) => s);
    const sectorCounts = apportion(
      counts[c],
      spec.sectors.map(([, w]) => w),
    );
    sectors.forEach((sector, s) => {
      const industries = SECTORS[sector].industries;
      const industryCounts = apportion(
        sectorCounts[s],
        industries.map(([, w]) => w),
      );
      industries.forEach(([industry], i) => {
        for (let k = 0; k < industryCounts[i]; k++) {
          const exchange = weighted(random, spec.exchanges);
          const words = SECTORS[sector].words;
          const name = nameFor(random, names, spec.code, words);
          list.push({
            symbol: symbolFor(random, book, spec.code, exchange, name),
            exchange,
            name,
            country: spec.code,
            currency: spec.currency,
            sector,
            industry,
            description: describe(random, spec, name, sector, i, options.firstYear),
            listing: 0,
            gap: null,
            split: null,
            startPrice: Math.max(1, lognormal(random, spec.price[0], spec.price[1])),
            shares: 0,
            role: '',
          });
        }
      });
    });
    list.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
    for (const security of list) {
      const cap = lognormal(random, spec.marketCap[0], spec.marketCap[1]);
      security.shares = Math.max(1e6, Math.round(cap / security.startPrice));
    }
    byCountry.push(list);
  });
  assignRoles(random, byCountry, options);
  return byCountry.flat();
}

/** Gives the special histories to a few securities: in the preferred country when it has one free, else anywhere. */
function assignRoles(random: Random, byCountry: DemoSecurity[][], options: UniverseOptions): void {
  const free = (list: DemoSecurity[], sector?: string) => list.filter((s) => s.role === '' && (!sector || s.sector === sector));
  const choose = (country: string, sector?: string): DemoSecurity | undefined => {
    const c = COUNTRIES.findIndex((spec) => spec.code === country);
    const pools = [free(byCountry[c], sector), free(byCountry[c]), free(byCountry.flat())];
    const pool = pools.find((p) => p.length > 0);
    return pool ? random.pick(pool) : undefined;
  };
  const length = (s: DemoSecurity) => options.calendarLengths[s.country];
  // One 10:1 split a little after the middle of the history: a US technology stock, the way they split.
  const split = choose('US', 'Technology');
  if (split) {
    split.role = 'split';
    split.split = { at: Math.floor(length(split) * 0.55), ratio: 10 };
    split.startPrice *= 1.2;
    split.shares = Math.round(split.shares / 1.2);
  }
  // Listed three weeks before the end: too short for any report, so a build must skip it.
  const tiny = choose('JP');
  if (tiny) {
    tiny.role = 'tiny';
    tiny.listing = lastWeeksStart(options.calendars[tiny.country], 3);
  }
  // Listed 10, 20 and 29 weeks before the end: reports with a null Trend Line (it needs 30 weeks).
  for (const [country, weeks] of [
    ['CN', 10],
    ['US', 20],
    ['DE', 29],
  ] as const) {
    const short = choose(country);
    if (!short) break;
    short.role = 'short';
    short.listing = lastWeeksStart(options.calendars[short.country], weeks);
  }
  // A month of suspension (22 trading days without bars) in the middle of a long history.
  for (const country of ['CN', 'DE']) {
    const gapped = choose(country);
    if (!gapped) break;
    gapped.role = 'gap';
    const n = length(gapped);
    const from = Math.floor(n * (0.3 + 0.4 * random.next()));
    gapped.gap = [from, Math.min(n - 1, from + 22)];
  }
  // About 8% listed some time during the history, at least a year before its end when the history allows.
  for (const list of byCountry) {
    for (const security of list) {
      if (security.role !== '' || random.next() >= 0.08) continue;
      const n = length(security);
      const latest = Math.max(1, n - 260);
      security.role = 'late';
      security.listing = 1 + random.int(latest);
    }
  }
}
