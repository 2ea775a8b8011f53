// Writes custom-elements.json (schema 2.1) from src/elements/metadata.ts, the one description of the elements'
// attributes, properties, events, parts and custom properties that the elements themselves read.
//   node scripts/write-elements-manifest.mjs           writes the file
//   node scripts/write-elements-manifest.mjs --check   exits 1 when the file is not what the metadata gives
// metadata.ts imports nothing, so TypeScript's transpiler alone turns it into a module Node can import.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
/** The built module that declares both classes (the elements entry), as the package ships it. */
const modulePath = 'dist/elements.js';

const source = readFileSync(new URL('src/elements/metadata.ts', root), 'utf8');
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const { elementSpecs } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);

function declaration(spec) {
  return {
    kind: 'class',
    customElement: true,
    tagName: spec.tagName,
    name: spec.className,
    description: spec.description,
    superclass: { name: 'HTMLElement' },
    attributes: spec.attributes.map((attribute) => ({
      name: attribute.name,
      type: { text: attribute.type },
      ...(attribute.default === undefined ? {} : { default: attribute.default }),
      description: attribute.description,
    })),
    members: spec.properties.map((property) => ({
      kind: 'field',
      name: property.name,
      type: { text: property.type },
      ...(property.readonly ? { readonly: true } : {}),
      description: property.description,
    })),
    events: spec.events.map((event) => ({
      name: event.name,
      type: { text: `CustomEvent<${event.detailType}>` },
      description: event.description,
    })),
    cssParts: spec.parts.map(({ name, description }) => ({ name, description })),
    cssProperties: spec.cssProperties.map((property) => ({
      name: property.name,
      ...(property.default === undefined ? {} : { default: property.default }),
      description: property.description,
    })),
  };
}

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: modulePath,
      declarations: elementSpecs.map(declaration),
      exports: [
        ...elementSpecs.map((spec) => ({
          kind: 'js',
          name: spec.className,
          declaration: { name: spec.className, module: modulePath },
        })),
        ...elementSpecs.map((spec) => ({
          kind: 'custom-element-definition',
          name: spec.tagName,
          declaration: { name: spec.className, module: modulePath },
        })),
      ],
    },
  ],
};

const text = `${JSON.stringify(manifest, null, 2)}\n`;
const file = new URL('custom-elements.json', root);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error('custom-elements.json is out of date: run node scripts/write-elements-manifest.mjs');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date');
} else {
  writeFileSync(file, text);
  console.log(`custom-elements.json: ${elementSpecs.map((spec) => `<${spec.tagName}>`).join(', ')}`);
}
