import { readFileSync } from 'node:fs';

/** Self time of a .cpuprofile by function and by package: where a turn's CPU goes. */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}
const profile = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('file://') ? `project:${url.replace(/^.*\/main\//, '').split('/')[0] ?? ''}` : url.split(':')[0] || '(native)');
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, us] of selfUs) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/main\//, '')}:${frame.lineNumber}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
  const pkg = packageOf(frame.url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`).join('\n');
process.stdout.write(`by package:\n${top(packages, 20)}\n\nby function:\n${top(functions, 40)}\n`);

// Inclusive time of the turn's main steps (self time of each function plus everything it called).
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const watched = (process.argv[3] ?? 'runTurn,turn,understand,restoreSession,persistSession,send,viewSession,renderReplies,outcomeReplies,questionReply,read,write,sendActivities,processActivity,authenticateRequest,parseJson,formatJSON,info,hmacKey,conversationKey').split(',');
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let cursor: number | undefined = id; cursor !== undefined; cursor = parentOf.get(cursor)) {
    const name = byId.get(cursor)?.callFrame.functionName ?? '';
    if (watched.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
}
process.stdout.write(`\ninclusive:\n${top(inclusive, watched.length)}\n`);
