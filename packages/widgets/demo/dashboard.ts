// The dashboard's one job beyond the shared header: count the report requests the page made,
// to show that each <report-source> fetched its report once for all the elements inside it.
import { widgets } from './site.js';

const note = document.getElementById('demo-requests');
const main = document.getElementById('main');

function count(): void {
  if (!note || !main) return;
  const requests = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/terminal/')).length;
  const sources = main.querySelectorAll('report-source').length;
  const shown = widgets(main).filter((el) => el.localName !== 'report-source');
  const ready = shown.filter((el) => el.getAttribute('state') === 'ready').length;
  note.textContent = `${requests} report request${requests === 1 ? '' : 's'} for ${sources} sources and ${shown.length} elements; ${ready} of ${shown.length} ready.`;
}

if (main) {
  new PerformanceObserver(count).observe({ type: 'resource', buffered: true });
  new MutationObserver(count).observe(main, { subtree: true, attributes: true, attributeFilter: ['state'] });
  count();
}
