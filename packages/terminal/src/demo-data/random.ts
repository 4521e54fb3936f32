// Seeded randomness for the demo universe: small, fast and the same on every machine.
// mulberry32 for uniforms, Box-Muller for normals. Every stream is derived from the seed and a
// label (`streamSeed(seed, 'CN', 'market')`), so what one security gets never depends on how many
// others were drawn before it: the universe can be generated one security at a time, in any order.

/** A deterministic source of random numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/** 32-bit FNV-1a of a string, then mixed: turns labels into seeds. */
function hashString(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: spreads every input bit over the 32 output bits. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit seed for the stream named by `labels` under the user's `seed` (any safe integer). */
export function streamSeed(seed: number, ...labels: (string | number)[]): number {
  let h = mix32((seed >>> 0) ^ mix32(Math.floor(seed / 0x100000000) + 0x9e3779b9));
  for (const label of labels) h = mix32(hashString(String(label), h) ^ 0x27d4eb2f);
  return h;
}

/** A mulberry32 generator with a cached Box-Muller pair. */
export function createRandom(seed32: number): Random {
  let state = seed32 >>> 0;
  let spare = NaN;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (!Number.isNaN(spare)) {
        const value = spare;
        spare = NaN;
        return value;
      }
      let u = next();
      while (u === 0) u = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      const angle = 2 * Math.PI * next();
      spare = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
