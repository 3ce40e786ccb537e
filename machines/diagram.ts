import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * The statechart as a Mermaid diagram, generated from the machine itself so the picture cannot
 * drift from the code (docs/statechart.md; a test regenerates it and compares).
 */
export function statechartToMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2', '  direction LR'];
  const root = machine.root as AnyStateNode;
  const states = Object.values(root.states) as AnyStateNode[];
  for (const node of states) {
    const meta = node.meta as { outcome?: string; question?: { slot: string } } | undefined;
    const label = meta?.outcome ? `${meta.outcome}: ${node.description ?? ''}` : node.description ?? node.key;
    lines.push(`  ${node.key}: ${node.key} — ${label.replace(/[:;]/g, ',')}`);
  }
  lines.push(`  [*] --> ${typeof root.config.initial === 'string' ? root.config.initial : 'routing'}`);
  for (const node of states) {
    for (const transition of node.always ?? []) {
      for (const target of transition.target ?? []) {
        const guard = transition.guard;
        const label =
          typeof guard === 'string'
            ? guard
            : typeof guard === 'object' && guard !== null && 'type' in guard
              ? String(guard.type)
              : 'otherwise';
        lines.push(`  ${node.key} --> ${target.key}: ${label}`);
      }
    }
  }
  const rootEvents = Object.keys(root.config.on ?? {}).join(', ');
  lines.push(`  note left of routing: every state takes ${rootEvents}, then routes again`);
  return `${lines.join('\n')}\n`;
}

export function statechartDocument(machine: AnyStateMachine): string {
  return [
    '# The IMR statechart',
    '',
    'Generated from `machines/imrMachine.ts` by `npm run diagram`; `test/machines/diagram.test.ts` fails when this copy differs.',
    'Every answer, `command.back`, `command.restart` and `clock.tick` goes to `routing`, which picks the first',
    'unanswered question that matters or the outcome that wins by the precedence of imr-rules.md §2.',
    '',
    '```mermaid',
    statechartToMermaid(machine).trimEnd(),
    '```',
    '',
  ].join('\n');
}
