/**
 * A chart as a standalone SVG file (for e-mail, images, downloads): the element's `<svg>`
 * with its styles inlined for one theme, a `<title>` from its accessible name, and the SVG
 * namespace. Pure string work, so the browser (`toSVG()`) and the CLI share it.
 */

/** Replaces each `:host(...)` selector by one that matches nothing, then `:host` by `svg`. */
export function hostToSvg(cssText: string): string {
  let out = '';
  let i = 0;
  while (i < cssText.length) {
    const at = cssText.indexOf(':host', i);
    if (at < 0) {
      out += cssText.slice(i);
      break;
    }
    out += cssText.slice(i, at);
    let j = at + 5;
    if (cssText[j] === '(') {
      let depth = 0;
      for (; j < cssText.length; j++) {
        if (cssText[j] === '(') depth++;
        else if (cssText[j] === ')' && --depth === 0) break;
      }
      out += 'svg.tkr-unused';
      i = j + 1;
    } else {
      out += 'svg';
      i = j;
    }
  }
  return out;
}

/** CSS as XML text: only `&` and `<` need escaping. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Strips Lit's comment markers and the `part` attribute, which mean nothing in a file. */
function clean(markup: string): string {
  return markup.replace(/<!--[^]*?-->|<\?[^>]*>/g, '').replace(/\s(?:part|tabindex)="[^"]*"/g, '');
}

/**
 * `svgMarkup`: the `<svg ...>...</svg>` of a chart. `cssText`: the element's styles.
 * `tokens`: the theme's `--_*` declarations. Returns a complete SVG document.
 */
export function standaloneSvg(svgMarkup: string, cssText: string, tokens: string): string {
  const open = /^<svg\b([^>]*)>/.exec(svgMarkup.trim());
  if (!open) throw new TypeError('Expected an <svg> element.');
  const attrs = open[1].replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
  const name = /aria-label="([^"]*)"/.exec(attrs)?.[1] ?? '';
  const viewBox = /viewBox="([^"]*)"/
    .exec(attrs)?.[1]
    ?.split(/[\s,]+/)
    .map(Number);
  const box = viewBox?.length === 4 && viewBox.every(Number.isFinite) ? viewBox : undefined;
  const size = box ? ` width="${box[2]}" height="${box[3]}"` : '';
  const background = box
    ? `<rect class="tkr-background" x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}"></rect>`
    : '';
  const body = clean(
    svgMarkup
      .trim()
      .slice(open[0].length)
      .replace(/<\/svg>\s*$/, ''),
  );
  // The theme's tokens come last, so they win over the light defaults on `:host`.
  const style =
    `${hostToSvg(cssText)}\n` +
    `svg{${tokens};color:var(--_text);font-family:var(--_font);font-size:14px}` +
    `.tkr-background{fill:var(--_surface)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${clean(attrs).replace(/\s(?:width|height)="[^"]*"/g, '')}${size}>` +
    `<title>${name}</title>` +
    `<style>${escapeText(style)}</style>${background}${body}</svg>`
  );
}
