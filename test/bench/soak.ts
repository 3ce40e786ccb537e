import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/freePort.js';
import { createClient, percentile, runPhase } from './load.js';
import { memoryKb, sleep, startNode, type Child } from './processes.js';

/**
 * `npm run soak` (`-- --seconds=N --concurrency=N --storage=sqlite|memory`): one bot process
 * (test/bench/instrumentedServer.ts: src/index.ts plus a parent-only GC command over the IPC pipe,
 * node --expose-gc) under 1,000 concurrent conversations on loopback for a few minutes, then its RSS
 * after a forced collection compared with the same figure after the warm-up. A report, not a test:
 * it prints the figures and exits 1 only if the server died, answered errors, or grew more than 10%.
 *
 * SQLite by default: MemoryStorage keeps every conversation in the heap on purpose, so with it the
 * growth is the stored state, not a leak (it is reported as such).
 */

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [name, value] as const;
  }),
);
const seconds = Number(args.get('seconds') ?? 180);
const concurrency = Number(args.get('concurrency') ?? 1000);
const storage = args.get('storage') ?? 'sqlite';
const maxTurns = Number(args.get('max-turns') ?? 2_000_000);
const samples = 6;

interface GcReply {
  ok: boolean;
  memory?: NodeJS.MemoryUsage;
  error?: string;
}

function collect(child: Child): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer to gc')), 30_000);
    child.process.once('message', (reply: GcReply) => {
      clearTimeout(timer);
      if (reply.ok && reply.memory) resolve(reply.memory);
      else reject(new Error(reply.error ?? 'gc failed'));
    });
    child.process.send({ cmd: 'gc' });
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'imr-soak-'));
const port = await freePort();
const child = startNode(
  'test/bench/instrumentedServer.ts',
  { PORT: String(port), STORAGE: storage, SQLITE_PATH: join(dir, 'soak.sqlite'), KEY_SECRET: randomBytes(32).toString('base64url'), LOG_LEVEL: 'info' },
  ['--expose-gc'],
  true,
);
const client = createClient(`http://127.0.0.1:${port}`, concurrency);
try {
  for (let i = 0; ; i++) {
    try {
      await client.post('{}');
      break;
    } catch {
      if (i > 1500) throw new Error(`server did not start: ${child.stderr()}`);
      await sleep(20);
    }
  }
  const phase = { client, concurrency, maxTurns, checkLast: (body: string) => body.includes('1-888-466-2219') };
  const warm = await runPhase({ ...phase, seconds: 10, idPrefix: 'warm' });
  const start = await collect(child);
  const startRss = start.rss;
  process.stdout.write(`soak: ${concurrency} concurrent conversations, ${storage} storage, ${seconds} s; after warm-up (${warm.turns} turns) and GC: RSS ${mb(startRss)}, heap ${mb(start.heapUsed)}\n`);

  let turns = 0;
  let errors = 0;
  let wrong = 0;
  const errorKinds: Record<string, number> = {};
  const latencies: number[] = [];
  for (let sample = 1; sample <= samples; sample++) {
    const run = await runPhase({ ...phase, seconds: seconds / samples, maxTurns: Math.max(1, Math.floor((maxTurns - turns) / (samples - sample + 1))), idPrefix: `s${sample}` });
    turns += run.turns;
    errors += run.errors;
    wrong += run.wrongReplies;
    for (const [kind, count] of Object.entries(run.errorKinds)) errorKinds[kind] = (errorKinds[kind] ?? 0) + count;
    latencies.push(...run.latenciesMs.filter((_, i) => i % 10 === 0));
    const memory = await collect(child);
    process.stdout.write(
      `  ${String(Math.round((sample * seconds) / samples)).padStart(4)} s: ${run.turns} turns (${(run.turns / run.seconds).toFixed(0)}/s), errors ${run.errors}, RSS after GC ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}\n`,
    );
  }
  await sleep(2000);
  const end = await collect(child);
  const growth = (end.rss - startRss) / startRss;
  const alive = (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    [
      `turns ${turns}, errors ${errors} ${JSON.stringify(errorKinds)}, wrong replies ${wrong}, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms (sampled)`,
      `peak RSS ${(memoryKb(child.pid, 'VmHWM') / 1024).toFixed(1)} MB; RSS after GC: start ${mb(startRss)}, end ${mb(end.rss)} (${(growth * 100).toFixed(1)}%), heap ${mb(start.heapUsed)} → ${mb(end.heapUsed)}`,
      `server ${alive ? 'up' : 'DOWN'}; target: RSS after GC within 10% of the start`,
    ].join('\n') + '\n',
  );
  process.exitCode = !alive || errors > 0 || growth > 0.1 ? 1 : 0;
} finally {
  client.close();
  await child.stop();
  rmSync(dir, { recursive: true, force: true });
}
