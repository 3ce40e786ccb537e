import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { statechartDocument } from '../../machines/diagram.js';
import { imrMachine } from '../../machines/imrMachine.js';

/** `npm run diagram`: regenerates docs/statechart.md from the machine; `--check` fails when it differs. */
export const diagramPath = fileURLToPath(new URL('../../docs/statechart.md', import.meta.url));

const document = statechartDocument(imrMachine);
if (process.argv.includes('--check')) {
  const committed = readFileSync(diagramPath, 'utf8');
  if (committed !== document) {
    console.error('docs/statechart.md is out of date: run npm run diagram');
    process.exit(1);
  }
} else {
  writeFileSync(diagramPath, document);
  console.log(`wrote ${diagramPath}`);
}
