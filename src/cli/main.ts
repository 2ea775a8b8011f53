/// <reference types="node" />
/**
 * The command line: `soviet-turkish-contacts render timeline|chord [options] -o file.svg|file.png`. `main` takes the
 * arguments and the streams, and returns the exit code (0 done, 1 failed, 2 misused), so tests call it directly.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPNG } from '../server/render-png';
import { renderChordSVG, renderTimelineSVG } from '../server/render-svg';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Writes the output file (default: node:fs/promises writeFile). */
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
}

const command = 'soviet-turkish-contacts';
const charts = ['timeline', 'chord'] as const;
const choices = {
  lane: ['polity-pair', 'person', 'kind'],
  by: ['polity', 'person'],
  locale: ['en', 'ru', 'tr'],
  theme: ['light', 'dark'],
} as const;

export const usage = `Usage: ${command} render timeline|chord [options] -o <file.svg|file.png>

Draws a chart of the bundled dataset as a standalone SVG or PNG file (the format follows the extension).

Options:
  -o, --output <file>   the file to write, ending in .svg or .png (required)
  --lane <mode>         timeline lanes: ${choices.lane.join(', ')} (default polity-pair)
  --by <mode>           chord groups: ${choices.by.join(', ')} (default polity)
  --directed            chord: draw messages from sender to recipient
  --from <ISO date>     first day shown (e.g. 1937-06-01)
  --to <ISO date>       last day shown
  --locale <locale>     ${choices.locale.join(', ')} (default en)
  --theme <theme>       ${choices.theme.join(', ')} (default light)
  --width <pixels>      default 800
  --height <pixels>     default: the chart's own
  --scale <factor>      PNG pixels per SVG pixel (default 2)
  -h, --help            show this help
  -v, --version         show the version
`;

const optionSpec = {
  output: { type: 'string', short: 'o' },
  lane: { type: 'string' },
  by: { type: 'string' },
  directed: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  locale: { type: 'string' },
  theme: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  scale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** A mistake in the command line: reported with the usage hint and exit code 2. */
class UsageError extends Error {}

function choice<K extends keyof typeof choices>(name: K, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const allowed: readonly string[] = choices[name];
  if (!allowed.includes(value)) {
    throw new UsageError(`invalid --${name}: ${JSON.stringify(value)} (expected ${allowed.join(', ')})`);
  }
  return value;
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!(value.trim() !== '' && Number.isFinite(number) && number > 0)) {
    throw new UsageError(`invalid --${name}: ${JSON.stringify(value)} (expected a number > 0)`);
  }
  return number;
}

function isoDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new UsageError(`invalid --${name}: ${JSON.stringify(value)} (expected an ISO date such as 1938-05-01)`);
  }
  return value;
}

/** Reads the package version without importing package.json into the bundle. */
async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const json = JSON.parse(await readFile(new URL(candidate, import.meta.url), 'utf8')) as { name?: string };
      if (json.name === command) return (json as { version: string }).version;
    } catch {
      // not there in this layout (source or dist): try the next
    }
  }
  return 'unknown';
}

/** Runs the CLI. @returns the exit code: 0 done, 1 the chart or the file failed, 2 a usage error */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/^Unknown option '([^']+)'.*$/s, 'unknown option $1');
    io.stderr.write(`${command}: ${message}\nRun "${command} --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${await packageVersion()}\n`);
    return 0;
  }
  let render: () => string;
  let output: string;
  let format: 'svg' | 'png';
  let scale: number | undefined;
  try {
    const [verb, chart, ...extra] = positionals;
    if (verb !== 'render') {
      throw new UsageError(
        verb === undefined
          ? 'missing command (expected "render")'
          : `unknown command ${JSON.stringify(verb)} (expected "render")`,
      );
    }
    if (!charts.includes(chart as (typeof charts)[number])) {
      throw new UsageError(`invalid chart ${JSON.stringify(chart ?? '')} (expected timeline or chord)`);
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
    if (values.output === undefined) throw new UsageError('missing -o <file.svg|file.png>');
    output = values.output;
    const extension = extname(output).toLowerCase();
    if (extension !== '.svg' && extension !== '.png') {
      throw new UsageError(`invalid -o: ${JSON.stringify(output)} (expected a file name ending in .svg or .png)`);
    }
    format = extension === '.svg' ? 'svg' : 'png';
    scale = positive('scale', values.scale);
    const common = {
      locale: choice('locale', values.locale) as 'en' | 'ru' | 'tr' | undefined,
      theme: choice('theme', values.theme) as 'light' | 'dark' | undefined,
      width: positive('width', values.width),
      height: positive('height', values.height),
      from: isoDate('from', values.from),
      to: isoDate('to', values.to),
    };
    const defined = <O extends object>(options: O): O =>
      Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as O;
    if (chart === 'timeline') {
      if (values.by !== undefined || values.directed)
        throw new UsageError('--by and --directed apply to the chord only');
      const lane = choice('lane', values.lane) as 'polity-pair' | 'person' | 'kind' | undefined;
      render = () => renderTimelineSVG(defined({ ...common, lane }));
    } else {
      if (values.lane !== undefined) throw new UsageError('--lane applies to the timeline only');
      const by = choice('by', values.by) as 'polity' | 'person' | undefined;
      const { from, to, ...chord } = common;
      if (from !== undefined || to !== undefined) throw new UsageError('--from and --to apply to the timeline only');
      render = () => renderChordSVG(defined({ ...chord, by, directed: values.directed }));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${command}: ${error.message}\nRun "${command} --help" for usage.\n`);
    return 2;
  }
  try {
    const svg = render();
    const data = format === 'svg' ? svg : renderPNG(svg, scale === undefined ? {} : { scale });
    await (io.writeFile ?? writeFile)(output, data);
    io.stdout.write(`wrote ${output}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${command}: ${(error as Error).message}\n`);
    return 1;
  }
}
