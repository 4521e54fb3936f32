// The price model of the demo universe. Daily log returns are
//
//   r = beta_m * market + beta_s * sector + drift_regime / 252 + idiosyncratic
//
// where the country's market factor, each sector's factor and each stock's idiosyncratic part
// have GARCH(1,1) volatility (calm and stormy spells) and a drift that switches between regimes
// of random length (trends that start and end; a regime's drift leans against how far the
// series has run, so prices stay in a plausible range over decades). Bars are built around the
// closes (open, high and low from the day's volatility), volumes are lognormal and rise with the
// size of the move. Chinese stocks respect the daily price limit (10%, 20% on STAR and ChiNext).
import { createRandom, streamSeed, type Random } from './random.js';
import { type CountrySpec, SECTORS } from './catalog.js';
import { type DemoSecurity } from './universe.js';

const TRADING_DAYS = 252;

/** Volatility with memory: sigma^2_t = omega + alpha * eps^2_(t-1) + beta * sigma^2_(t-1). */
class Garch {
  private variance: number;
  private readonly omega: number;

  constructor(
    annualVolatility: number,
    private readonly alpha: number,
    private readonly beta: number,
  ) {
    const daily = (annualVolatility * annualVolatility) / TRADING_DAYS;
    this.variance = daily;
    this.omega = daily * (1 - alpha - beta);
  }

  /** Today's standard deviation; call `update` with today's shock afterwards. */
  get sigma(): number {
    return Math.sqrt(this.variance);
  }

  update(shock: number): void {
    this.variance = this.omega + this.alpha * shock * shock + this.beta * this.variance;
  }
}

/** A drift that holds for a random number of days, then is drawn again. */
class Regimes {
  private left = 0;
  /** Annualised drift of the current regime. */
  drift = 0;

  constructor(
    private readonly random: Random,
    /** Mean length of a regime, in trading days. */
    private readonly meanLength: number,
    /** Long-run drift and the spread of a regime's drift around it (annualised). */
    private readonly mean: number,
    private readonly spread: number,
    /** Chance that a regime is a strong trend, and the spread of a strong trend's drift. */
    private readonly strongChance: number,
    private readonly strongSpread: number,
    /** How hard a new drift leans against the log distance run so far. */
    private readonly reversion: number,
  ) {}

  /** The daily drift for today, given the cumulative log return of the series so far. */
  step(runSoFar: number): number {
    if (this.left-- <= 0) {
      this.left = Math.max(5, Math.round(-this.meanLength * Math.log(1 - this.random.next())));
      const spread = this.random.next() < this.strongChance ? this.strongSpread : this.spread;
      this.drift = this.mean - this.reversion * runSoFar + spread * this.random.normal();
    }
    return this.drift / TRADING_DAYS;
  }
}

/** A factor's daily log returns over `n` days. */
function factorReturns(random: Random, n: number, volatility: number, meanLength: number, mean: number, spread: number) {
  const garch = new Garch(volatility, 0.08, 0.9);
  const regimes = new Regimes(random, meanLength, mean, spread, 0.1, spread * 2, 0.35);
  const returns = new Float64Array(n);
  let run = 0;
  for (let t = 0; t < n; t++) {
    const shock = garch.sigma * random.normal();
    returns[t] = regimes.step(run) + shock;
    run += returns[t];
    garch.update(shock);
  }
  return returns;
}

/** The factors every stock of a country shares: its market's daily returns and each sector's. */
export interface CountryFactors {
  market: Float64Array;
  /** Daily standard deviation of the market factor (its long-run average). */
  marketSigma: number;
  sectors: ReadonlyMap<string, Float64Array>;
}

export function countryFactors(seed: number, spec: CountrySpec, n: number): CountryFactors {
  const market = factorReturns(createRandom(streamSeed(seed, spec.code, 'market')), n, spec.marketVolatility, 130, 0.06, 0.18);
  const sectors = new Map<string, Float64Array>();
  for (const [sector] of spec.sectors) {
    const random = createRandom(streamSeed(seed, spec.code, 'sector', sector));
    sectors.set(sector, factorReturns(random, n, SECTORS[sector].volatility, 90, 0, 0.15));
  }
  return { market, marketSigma: spec.marketVolatility / Math.sqrt(TRADING_DAYS), sectors };
}

/**
 * Receives one daily bar: `t` the index of the day in the country's calendar, prices in whole
 * cents, `adjClose` the close in post-split units (cents), volume in shares. Positional, so that
 * millions of bars allocate nothing.
 */
export type BarSink = (
  t: number,
  open: number,
  high: number,
  low: number,
  close: number,
  adjClose: number,
  volume: number,
) => void;

const clampAbs = (x: number, limit: number) => (x > limit ? limit : x < -limit ? -limit : x);

/**
 * Simulates one security's bars and hands each to `emit` (the bars are not kept), oldest first.
 * Returns the last close in post-split units, for the market capitalisation.
 */
export function simulateSecurity(
  seed: number,
  spec: CountrySpec,
  factors: CountryFactors,
  security: DemoSecurity,
  emit: BarSink,
): number {
  const random = createRandom(streamSeed(seed, 'prices', security.exchange, security.symbol));
  const n = factors.market.length;
  const sector = factors.sectors.get(security.sector) as Float64Array;
  const betaMarket = Math.min(1.8, Math.max(0.3, 1 + 0.25 * random.normal()));
  const betaSector = Math.min(1.8, Math.max(0.2, 1 + 0.3 * random.normal()));
  const idiosyncratic = new Garch(spec.stockVolatility * Math.exp(0.3 * random.normal()), 0.06, 0.92);
  const regimes = new Regimes(random, 55, 0, 0.45, 0.15, 1.2, 0.3);
  const turnover = spec.turnover * Math.exp(0.5 * random.normal());
  const limit = spec.priceLimit === null ? Infinity : /^(688|30)/.test(security.symbol) ? 0.2 : spec.priceLimit;
  const upLimit = Math.log(1 + limit);
  const floor = Math.max(0.5, security.startPrice * 0.03);
  const [gapFrom, gapTo] = security.gap ?? [n, n];
  const split = security.split ?? { at: 0, ratio: 1 };
  let price = security.startPrice;
  let run = 0;
  let volumeNoise = 0;
  for (let t = security.listing; t < n; t++) {
    const shock = idiosyncratic.sigma * random.normal();
    let drift = regimes.step(run);
    if (price < floor) drift = Math.abs(drift) + 0.5 / TRADING_DAYS;
    const common = betaMarket * factors.market[t] + betaSector * sector[t];
    let r = common + drift + shock;
    if (limit !== Infinity) r = Math.min(upLimit, Math.max(Math.log(1 - limit), r));
    run += drift + shock;
    idiosyncratic.update(shock);

    const sigma = Math.hypot(idiosyncratic.sigma, betaMarket * factors.marketSigma);
    const previous = price;
    price = Math.max(0.05, previous * Math.exp(r));
    let open = previous * Math.exp(0.3 * r + clampAbs(0.3 * sigma * random.normal(), 3 * sigma));
    let high = Math.max(open, price) * Math.exp(0.5 * sigma * Math.abs(random.normal()));
    let low = Math.min(open, price) * Math.exp(-0.5 * sigma * Math.abs(random.normal()));
    if (limit !== Infinity) {
      const top = previous * (1 + limit);
      const bottom = previous * (1 - limit);
      open = Math.min(top, Math.max(bottom, open));
      high = Math.min(top, high);
      low = Math.max(bottom, low);
    }
    volumeNoise = 0.7 * volumeNoise + 0.4 * random.normal();
    const surprise = Math.abs(r) / sigma;
    const traded = security.shares * turnover * Math.exp(volumeNoise + 0.45 * (surprise - 0.8));
    if (t >= gapFrom && t < gapTo) continue;

    // Before a split, prices are in old (more expensive) shares and volumes in old (fewer) shares.
    const factor = t < split.at ? split.ratio : 1;
    const o = Math.max(1, Math.round(open * factor * 100));
    const c = Math.max(1, Math.round(price * factor * 100));
    const h = Math.max(o, c, Math.round(high * factor * 100));
    const l = Math.max(1, Math.min(o, c, Math.round(low * factor * 100)));
    const lot = spec.lot;
    const volume = Math.max(lot, Math.round(traded / factor / lot) * lot);
    emit(t, o, h, l, c, Math.max(1, Math.round(price * 100)), volume);
  }
  return price;
}

/** A benchmark index level for each day: the market factor compounded from `level`. */
export function benchmarkLevels(factors: CountryFactors, level: number): Float64Array {
  const levels = new Float64Array(factors.market.length);
  let log = 0;
  for (let t = 0; t < levels.length; t++) {
    log += factors.market[t];
    levels[t] = level * Math.exp(log);
  }
  return levels;
}
