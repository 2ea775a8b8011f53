/** PNG through resvg, and the CLI called as `main(argv, io)` (no process spawned), writing into a temporary folder. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { renderPNG } from '../../../src/server/render-png';
import { renderChordSVG, renderTimelineSVG } from '../../../src/server/render-svg';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderPNG', () => {
  it('renders the timeline at twice its size by default', () => {
    const svg = renderTimelineSVG({ width: 700 });
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(renderPNG(svg))).toEqual({ width: 1400, height: height * 2 });
  });

  it('renders the chord at the scale asked', () => {
    expect(pngSize(renderPNG(renderChordSVG({ width: 500, theme: 'dark' }), { scale: 1 })).width).toBe(500);
  });

  it('names bad input', () => {
    expect(() => renderPNG('hello')).toThrow(/invalid svg \(expected an SVG document/);
    expect(() => renderPNG('<svg/>', { scale: 0 })).toThrow(/invalid scale 0/);
  });
});

describe('CLI', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stc-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { code, stdout, stderr };
  }

  it('prints help and version', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: soviet-turkish-contacts render timeline\|chord/);
    const version = await run('--version');
    expect(version.code).toBe(0);
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['render', 'timeline', '--foo', '-o', 'x.svg'], /unknown option --foo/],
    [
      ['render', 'timeline', '--lane', 'x', '-o', 'x.svg'],
      /invalid --lane: "x" \(expected polity-pair, person, kind\)/,
    ],
    [['render', 'chord', '--by', 'kind', '-o', 'x.svg'], /invalid --by: "kind" \(expected polity, person\)/],
    [['render', 'map', '-o', 'x.svg'], /invalid chart "map" \(expected timeline or chord\)/],
    [['draw', 'timeline'], /unknown command "draw"/],
    [['render', 'timeline'], /missing -o/],
    [['render', 'timeline', '-o', 'x.pdf'], /expected a file name ending in \.svg or \.png/],
    [['render', 'timeline', '--width', 'wide', '-o', 'x.svg'], /invalid --width: "wide" \(expected a number > 0\)/],
    [['render', 'timeline', '--from', '1938/01/01', '-o', 'x.svg'], /invalid --from: "1938\/01\/01"/],
    [['render', 'chord', '--lane', 'person', '-o', 'x.svg'], /--lane applies to the timeline only/],
  ])('usage error %j → exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('--help');
  });

  it('exits 1 when the chart cannot be drawn', async () => {
    const result = await run('render', 'timeline', '--width', '50', '-o', join(dir, 'narrow.svg'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/width/);
  });

  it('writes an SVG file', async () => {
    const file = join(dir, 'timeline.svg');
    const result = await run(
      'render',
      'timeline',
      '--lane',
      'person',
      '--theme',
      'dark',
      '--from',
      '1938-01-01',
      '-o',
      file,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const svg = await readFile(file, 'utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('fill="#16161a"');
    expect(svg).not.toContain('var(');
  });

  it('writes a PNG file at the width and scale asked', async () => {
    const file = join(dir, 'chord.png');
    const result = await run('render', 'chord', '--directed', '--width', '400', '--scale', '1.5', '-o', file);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(pngSize(new Uint8Array(await readFile(file))).width).toBe(600);
  });
});
