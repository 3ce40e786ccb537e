import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statechartDocument } from '../../machines/diagram.js';
import { imrMachine, outcomeIds } from '../../machines/imrMachine.js';

describe('the statechart diagram in docs/', () => {
  const generated = statechartDocument(imrMachine);

  it('is the one the machine generates (run `npm run diagram` after changing the machine)', () => {
    const committed = readFileSync(new URL('../../docs/statechart.md', import.meta.url), 'utf8');
    expect(committed).toBe(generated);
  });

  it('shows every outcome and the guard that leads to it', () => {
    for (const id of outcomeIds) expect(generated).toMatch(new RegExp(`routing --> ${id}: \\w+`));
    expect(generated).toContain('routing --> O1: hasWrittenDecision');
  });
});
