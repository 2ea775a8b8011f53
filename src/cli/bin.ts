#!/usr/bin/env node
/// <reference types="node" />
import { main } from './main';

main(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`soviet-turkish-contacts: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
