// The manifest says what the elements do: every attribute, event and part the classes implement is in it, and
// nothing else. The classes' observed attributes and re-dispatched events come from metadata.ts, the manifest is
// generated from it; these tests also read the classes' source (JSDoc tags, subscriptions, part selectors) so that a
// change in one place that is not made in the others fails here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ElementSpec, elementSpecs } from '../../../src/elements/metadata';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface ManifestDeclaration {
  tagName: string;
  name: string;
  attributes: { name: string }[];
  members: { name: string }[];
  events: { name: string }[];
  cssParts: { name: string }[];
  cssProperties: { name: string }[];
}
const manifest = JSON.parse(read('custom-elements.json')) as {
  schemaVersion: string;
  modules: { declarations: ManifestDeclaration[]; exports: { kind: string; name: string }[] }[];
};
const declarations = manifest.modules.flatMap((module) => module.declarations);
const names = (list: { name: string }[]) => list.map((item) => item.name).sort();
/** The values of a JSDoc tag in the class's comment: `@attr lane - …` → 'lane'. */
const tagged = (source: string, tag: string) =>
  [...source.matchAll(new RegExp(`@${tag} ([\\w-]+)`, 'g'))].map((match) => match[1] as string).sort();

function declarationOf(spec: ElementSpec): ManifestDeclaration {
  const found = declarations.find((declaration) => declaration.tagName === spec.tagName);
  if (!found) throw new Error(`custom-elements.json has no <${spec.tagName}>`);
  return found;
}

it('is schema 2.x and up to date with metadata.ts (the script regenerates the same file)', () => {
  expect(manifest.schemaVersion).toMatch(/^2\./);
  expect(() =>
    execFileSync(process.execPath, ['scripts/write-elements-manifest.mjs', '--check'], {
      cwd: root,
      stdio: 'pipe',
    }),
  ).not.toThrow();
  const definitions = manifest.modules
    .flatMap((module) => module.exports)
    .filter((e) => e.kind === 'custom-element-definition');
  expect(names(definitions)).toEqual(['stc-chord', 'stc-timeline']);
});

describe.each(elementSpecs.map((spec) => [spec.tagName, spec] as const))('<%s>', (_tag, spec) => {
  const declaration = declarationOf(spec);
  const source = read(spec.source);

  it('lists every attribute the class observes and documents (@attr), and no other', () => {
    const attributes = spec.attributes.map((attribute) => attribute.name).sort();
    expect(names(declaration.attributes)).toEqual(attributes);
    expect(tagged(source, 'attr')).toEqual(attributes);
    expect(source).toContain('static readonly observedAttributes');
    expect(source).toMatch(/observedAttributes[^=]*= \w+Spec\.attributes\.map/);
  });

  it('lists every event the class dispatches (@fires), each chart event it subscribes to', () => {
    const events = spec.events.map((event) => event.name).sort();
    expect(names(declaration.events)).toEqual(events);
    expect(tagged(source, 'fires')).toEqual(events);
    const subscribed = [...source.matchAll(/handle\.on\('(\w+)'/g)].map((match) => match[1]).sort();
    const chartEvents = spec.events.flatMap((event) => (event.chartEvent ? [event.chartEvent] : [])).sort();
    expect(subscribed).toEqual(chartEvents);
    for (const event of events) expect(event).toMatch(/^stc-/);
  });

  it('lists every CSS part the class sets (@csspart), and the properties data, options, handle', () => {
    const parts = spec.parts.map((part) => part.name).sort();
    expect(names(declaration.cssParts)).toEqual(parts);
    expect(tagged(source, 'csspart')).toEqual(parts);
    const set = [...source.matchAll(/\['\.[\w-]+', '([\w-]+)'\]/g)].map((match) => match[1]).sort();
    expect(set).toEqual(parts);
    expect(names(declaration.members)).toEqual(['data', 'handle', 'options', 'updateComplete']);
  });

  it('documents only custom properties that theme.css declares', () => {
    const theme = read('src/shared/theme.css');
    expect(declaration.cssProperties.length).toBeGreaterThan(10);
    for (const { name } of declaration.cssProperties) expect(theme, name).toContain(`${name}:`);
  });
});
