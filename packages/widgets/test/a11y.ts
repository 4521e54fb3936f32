import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

/** axe-core's violations for `el` (it looks inside open shadow roots), as readable lines. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
