// axe-core for the browser tests: the violations in a part of the page, one line each, so a failure reads as a list.
import axe from 'axe-core';

/** Each violation as `rule: target, target`; an empty list means none. */
export async function violations(context: Element): Promise<string[]> {
  const results = await axe.run(context);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
