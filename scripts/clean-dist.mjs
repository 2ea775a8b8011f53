// Empties dist/ before a build: Rollup names chunks by hash, so files of an older build would stay beside the new ones
// and go into the packed tarball.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
