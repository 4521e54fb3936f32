// The checks of a chart's standalone SVG file, shared by the browser test
// (test/elements/standalone-svg.test.ts: the browser draws the file) and the Node test
// (test/node/standalone-svg.test.js: librsvg draws it). Plain JavaScript without DOM or Node
// APIs, so that the browser suite loads it as it is and `node --test` imports it; types in
// svg-pixels.d.ts. Each test asserts on what these find, with its own renderer's limits.

/** A standalone file uses no var(). */
export const VAR_USE = /var\(/;
/** A standalone file declares no custom property. */
export const CUSTOM_PROPERTY = /(?:^|[{;\s])--[\w-]+\s*:/;
/** A standalone file holds no conditional rule. */
export const CONDITIONAL_RULE = /@(?:container|media|supports)\b/;
/** A standalone file starts with its <svg> and a <title>. */
export const TITLED_SVG = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><title>[^<]+<\/title>/;

/** The colours of a theme of which at least one must show in a drawn file. */
export const INKS = ['text', 'accent', 'positive', 'negative'];

/** A theme's colours from its tokens' CSS text: { surface: [r, g, b], text: …, … }. */
export function colours(cssText) {
  const out = {};
  for (const [, name, hex] of cssText.matchAll(/--_(\w+):\s*var\(--tkr-[\w-]+,\s*#([\da-f]{6})\)/g)) {
    out[name] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  }
  return out;
}

/**
 * The file with its viewBox (and size) grown by `m` on every side and no background, so that
 * whatever is drawn outside the image shows up in the margin; and `background`, the pattern of
 * the background rect the file must hold (the caller asserts that `svg` matches it).
 */
export function widened(svg, m) {
  const [x, y, w, h] = /viewBox="([^"]+)"/
    .exec(svg)[1]
    .split(/[\s,]+/)
    .map(Number);
  const background = new RegExp(`<rect x="${x}" y="${y}" width="${w}" height="${h}"[^>]*></rect>`);
  return {
    background,
    svg: svg
      .replace(background, '')
      .replace(
        /viewBox="[^"]+" width="[^"]+" height="[^"]+"/,
        `viewBox="${x - m} ${y - m} ${w + 2 * m} ${h + 2 * m}" width="${w + 2 * m}" height="${h + 2 * m}"`,
      ),
  };
}

/**
 * The pixels of an RGBA image (4 bytes a pixel) against a theme's colours, each channel within
 * `tolerance`: how many are the surface colour (`background`) and how many not (`painted`),
 * and the names of the theme's other colours seen (`found`).
 */
export function themePixels(rgba, theme, tolerance) {
  const { surface, ...inks } = theme;
  const same = (i, rgb) => rgb.every((v, k) => Math.abs(rgba[i + k] - v) <= tolerance);
  let background = 0;
  let painted = 0;
  const found = new Set();
  for (let i = 0; i < rgba.length; i += 4) {
    if (same(i, surface)) background++;
    else painted++;
    for (const [name, ink] of Object.entries(inks)) if (same(i, ink)) found.add(name);
  }
  return { background, painted, found };
}

/**
 * The drawn (not fully transparent) pixels of a `width`×`height` RGBA image of a file
 * {@link widened} by `m`: `inside` the original image and `outside` it, in the margin.
 */
export function marginPixels(rgba, width, height, m) {
  let outside = 0;
  let inside = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!rgba[(y * width + x) * 4 + 3]) continue;
      if (x < m || y < m || x >= width - m || y >= height - m) outside++;
      else inside++;
    }
  }
  return { inside, outside };
}
