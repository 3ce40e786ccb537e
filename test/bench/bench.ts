import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { buildServer } from '../../src/launch/build.mjs';
import { conversationKey } from '../../src/keys.js';
import { planIndexKey } from '../../src/plan/planStore.js';
import { freePort } from '../src/freePort.js';
import { createClient, dmhcPhone, messageBody, percentile, runPhase, type Client, type PhaseResult } from './load.js';
import { cpuMs, memoryKb, sleep, startNode, type Child } from './processes.js';

/**
 * `npm run bench` (`-- --json`): this bot with memory, SQLite and Redis storage, and a bare echo bot
 * on the same restify + CloudAdapter stack, each its own child process started the way `npm start`
 * starts the bot (the production build), one after the other on a loopback port, driven through
 * complete O1 conversations at 10 and 50 at a time after a warm-up. docs/benchmark.md has the
 * latest table and what it means.
 *
 * Options: `--json` (one JSON object on the last line), `--seconds=N` per measured phase (default 8),
 * `--max-turns=N` per phase (default 200000), `--redis-url=URL` (default REDIS_URL or
 * redis://127.0.0.1:6379; skipped when unreachable), `--cold-starts=N` spawns for the cold-start
 * figures (default 5).
 */

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [name, value] as const;
  }),
);
const jsonOut = args.has('json');
const phaseSeconds = Number(args.get('seconds') ?? 8);
const warmSeconds = Math.max(1, Math.min(3, phaseSeconds / 2));
const maxTurns = Number(args.get('max-turns') ?? 200_000);
const concurrencies = [10, 50] as const;
const log = (line: string) => process.stderr.write(`${line}\n`);
/** What `npm start` runs (package.json): the production build for the current sources. */
const productionStart = 'src/launch/start.mjs';
/** Spawns per way of starting, for the cold-start figures (the first reply of each). */
const coldStarts = Number(args.get('cold-starts') ?? 5);

interface Target {
  name: 'echo' | 'echo-ours' | 'memory' | 'sqlite' | 'redis';
  entry: string;
  env: Record<string, string>;
}

interface TargetResult {
  name: Target['name'];
  coldStartMs: number;
  peakRssMb: number;
  phases: { concurrency: number; tps: number; p50: number; p95: number; p99: number; cpuMsPerTurn: number; errors: number; errorKinds: Record<string, number>; wrongReplies: number; turns: number }[];
  stateBytes?: { conversation: number; total: number };
  finishedIds: string[];
}

const keySecret = randomBytes(32).toString('base64url');
const sqliteDir = mkdtempSync(join(tmpdir(), 'imr-bench-'));
const sqlitePath = join(sqliteDir, 'bench.sqlite');

/** Redis on its own, empty database number (flushed afterwards), so no one's keys are touched. */
async function redisTarget(): Promise<{ url: string; client: Redis } | undefined> {
  const base = new URL(args.get('redis-url') ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const client = new Redis(base.toString(), { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    for (let db = 15; db >= 8; db--) {
      await client.select(db);
      if ((await client.dbsize()) === 0) {
        base.pathname = `/${db}`;
        return { url: base.toString(), client };
      }
    }
    log('redis: no empty database between 8 and 15; skipped');
  } catch {
    log('redis: not reachable; skipped');
  }
  client.disconnect();
  return undefined;
}

/** Spawn → the first reply to a message: the cold start a person waiting on a scaled-out instance feels. */
async function waitForFirstReply(child: Child, client: Client): Promise<number> {
  const deadline = performance.now() + 30_000;
  for (let attempt = 0; performance.now() < deadline; attempt++) {
    if (child.process.exitCode !== null) throw new Error(`child exited (${child.process.exitCode}): ${child.stderr()}`);
    try {
      const reply = await client.post(messageBody(`cold-${attempt}`, 'hello', attempt));
      if (reply.status === 200 && reply.body.includes('"activities"')) return performance.now() - child.spawnedAt;
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  throw new Error(`no reply within 30 s: ${child.stderr()}`);
}

/**
 * Spawn → first reply, `coldStarts` times each, for `npm start` (the build; target ≤ 1.0 s) and for
 * the TypeScript sources through tsx (what it replaced). SQLite, the default store; CPU is the
 * child's own user + system time up to the reply, steadier than wall time on a shared machine.
 */
async function coldStartRuns(): Promise<ColdStart[]> {
  const out: ColdStart[] = [];
  for (const [how, entry] of [['npm start (build)', productionStart], ['tsx src/index.ts', 'src/index.ts']] as const) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < coldStarts; i++) {
      const port = await freePort();
      const child = startNode(entry, { PORT: String(port), KEY_SECRET: keySecret, LOG_LEVEL: 'info', STORAGE: 'sqlite', SQLITE_PATH: join(sqliteDir, `cold-${i}.sqlite`) });
      const client = createClient(`http://127.0.0.1:${port}`, 4);
      try {
        wall.push(await waitForFirstReply(child, client));
        cpu.push(cpuMs(child.pid));
      } finally {
        client.close();
        await child.stop();
      }
    }
    const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
    out.push({ how, medianMs: median(wall), minMs: Math.min(...wall), maxMs: Math.max(...wall), medianCpuMs: median(cpu) });
  }
  return out;
}

interface ColdStart {
  how: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianCpuMs: number;
}

async function measure(target: Target): Promise<TargetResult> {
  const port = await freePort();
  const child = startNode(target.entry, { PORT: String(port), ...target.env });
  const client = createClient(`http://127.0.0.1:${port}`, 64);
  try {
    const coldStartMs = await waitForFirstReply(child, client);
    const checkLast = target.name.startsWith('echo') ? (body: string) => body.includes('echo: not urgent') : (body: string) => body.includes(dmhcPhone) && body.includes('IMR now');
    const common = { client, maxTurns, checkLast };
    await runPhase({ ...common, concurrency: 10, seconds: warmSeconds, idPrefix: `${target.name}-warm` });
    const phases: TargetResult['phases'] = [];
    const finishedIds: string[] = [];
    for (const concurrency of concurrencies) {
      const cpuBefore = cpuMs(child.pid);
      const run: PhaseResult = await runPhase({ ...common, concurrency, seconds: phaseSeconds, idPrefix: `${target.name}-${concurrency}` });
      const cpu = cpuMs(child.pid) - cpuBefore;
      const sorted = run.latenciesMs.sort((a, b) => a - b);
      phases.push({
        concurrency,
        tps: run.turns / run.seconds,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        cpuMsPerTurn: cpu / Math.max(1, run.turns),
        errors: run.errors,
        errorKinds: run.errorKinds,
        wrongReplies: run.wrongReplies,
        turns: run.turns,
      });
      finishedIds.push(...run.finishedIds.slice(0, 20));
    }
    const peakRssMb = memoryKb(child.pid, 'VmHWM') / 1024;
    return { name: target.name, coldStartMs, peakRssMb, phases, finishedIds };
  } finally {
    client.close();
    await child.stop();
  }
}

/**
 * What one finished conversation leaves in storage: its own row, and the plan kept at its outcome
 * (the `plans-of/` index row and the plan rows it lists, src/plan/planStore.ts). JSON value bytes;
 * keys and eTags are fixed overhead. The largest over a sample of finished conversations.
 */
async function stateBytes(ids: string[], valueOf: (key: string) => Promise<string | undefined>): Promise<{ conversation: number; total: number }> {
  let conversation = 0;
  let total = 0;
  for (const id of ids) {
    const key = conversationKey(keySecret, 'webchat', id);
    const own = (await valueOf(key)) ?? '';
    const index = (await valueOf(planIndexKey(key))) ?? '';
    const plans = await Promise.all([...index.matchAll(/"key":"(plan\/[^"]+)"/g)].map(async (match) => (await valueOf(match[1] ?? '')) ?? ''));
    const bytes = [own, index, ...plans].reduce((sum, value) => sum + Buffer.byteLength(value), 0);
    conversation = Math.max(conversation, Buffer.byteLength(own));
    total = Math.max(total, bytes);
  }
  return { conversation, total };
}

function sqliteValues(): { valueOf: (key: string) => Promise<string | undefined>; close: () => void } {
  const db = new Database(sqlitePath, { readonly: true });
  const select = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?');
  return { valueOf: (key) => Promise.resolve(select.get(key)?.value), close: () => db.close() };
}

const redisValues = (client: Redis) => async (key: string) => (await client.hget(`imr:state:${key}`, 'v')) ?? undefined;

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** The stock echo bot's and our echo's turns/s and CPU per turn at one concurrency. */
function floors(results: TargetResult[], concurrency: number) {
  const at = (name: string) => results.find((r) => r.name === name)?.phases.find((p) => p.concurrency === concurrency);
  return { stock: at('echo'), ours: at('echo-ours') };
}

function table(results: TargetResult[]): string {
  const header =
    '| target | conversations | turns/s | × echo | × our echo | p50 ms | p95 ms | p99 ms | CPU ms/turn | CPU × echo | errors | peak RSS MB | cold start ms | state bytes |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = [header, rule];
  for (const r of results) {
    for (const p of r.phases) {
      const { stock, ours } = floors(results, p.concurrency);
      lines.push(
        `| ${r.name} | ${p.concurrency} | ${fmt(p.tps, 0)} | ${fmt(p.tps / (stock?.tps ?? Number.NaN), 2)} | ${fmt(p.tps / (ours?.tps ?? Number.NaN), 2)} | ${fmt(p.p50)} | ${fmt(p.p95)} | ${fmt(p.p99)} | ${fmt(p.cpuMsPerTurn, 2)} | ${fmt(p.cpuMsPerTurn / (stock?.cpuMsPerTurn ?? Number.NaN), 1)} | ${p.errors + p.wrongReplies} | ${fmt(r.peakRssMb, 0)} | ${fmt(r.coldStartMs, 0)} | ${r.stateBytes ? `${r.stateBytes.total} (${r.stateBytes.conversation} + plan)` : '—'} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  // The machine may be shared: the load before the run says how much the numbers can be trusted.
  const loadAtStart = loadavg();
  const botEnv = { KEY_SECRET: keySecret, LOG_LEVEL: 'info' };
  const redis = await redisTarget();
  const targets: Target[] = [
    { name: 'echo', entry: 'test/bench/echoBot.ts', env: { ECHO_ADAPTER: 'stock' } },
    { name: 'echo-ours', entry: 'test/bench/echoBot.ts', env: { ECHO_ADAPTER: 'ours' } },
    { name: 'memory', entry: productionStart, env: { ...botEnv, STORAGE: 'memory' } },
    { name: 'sqlite', entry: productionStart, env: { ...botEnv, STORAGE: 'sqlite', SQLITE_PATH: sqlitePath } },
    ...(redis ? [{ name: 'redis' as const, entry: productionStart, env: { ...botEnv, STORAGE: 'redis', REDIS_URL: redis.url } }] : []),
  ];
  const results: TargetResult[] = [];
  let cold: ColdStart[];
  try {
    // Built before anything is timed, as a deployment is (npm run build); a no-op when current.
    const build = await buildServer();
    log(`bench: ${build.built ? `built ${build.fingerprint} in ${Math.round(build.ms)} ms` : `build ${build.fingerprint} is current`}`);
    log('bench: cold starts…');
    cold = await coldStartRuns();
    for (const target of targets) {
      log(`bench: ${target.name}…`);
      const result = await measure(target);
      if (target.name === 'sqlite') {
        const sqlite = sqliteValues();
        result.stateBytes = await stateBytes(result.finishedIds, sqlite.valueOf);
        sqlite.close();
      }
      if (target.name === 'redis' && redis) result.stateBytes = await stateBytes(result.finishedIds, redisValues(redis.client));
      results.push(result);
      for (const p of result.phases) if (p.errors > 0) log(`bench: ${target.name} at ${p.concurrency}: errors ${JSON.stringify(p.errorKinds)}`);
    }
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
    if (redis) {
      await redis.client.flushdb();
      redis.client.disconnect();
    }
  }

  const machine = `${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average at the start ${loadAtStart.map((n) => n.toFixed(1)).join(' ')}`;
  process.stdout.write(`${machine}; ${phaseSeconds} s per phase after a ${warmSeconds} s warm-up\n\n${table(results)}\n`);
  process.stdout.write(
    `\ncold start, spawn → first reply (SQLite, ${coldStarts} runs each; target ≤ 1000 ms for npm start):\n${cold
      .map((c) => `  ${c.how}: median ${fmt(c.medianMs, 0)} ms (min ${fmt(c.minMs, 0)}, max ${fmt(c.maxMs, 0)}), CPU ${fmt(c.medianCpuMs, 0)} ms`)
      .join('\n')}\n`,
  );
  const by = (name: string) => results.find((r) => r.name === name);
  const tpsAt50 = (name: string) => by(name)?.phases.find((p) => p.concurrency === 50)?.tps ?? null;
  const p99At10 = (name: string) => by(name)?.phases.find((p) => p.concurrency === 10)?.p99 ?? null;
  const bots = results.filter((r) => !r.name.startsWith('echo'));
  const summary = {
    echo_tps: tpsAt50('echo'),
    echo_ours_tps: tpsAt50('echo-ours'),
    memory_tps: tpsAt50('memory'),
    sqlite_tps: tpsAt50('sqlite'),
    redis_tps: tpsAt50('redis'),
    memory_p99_ms: p99At10('memory'),
    sqlite_p99_ms: p99At10('sqlite'),
    redis_p99_ms: p99At10('redis'),
    state_bytes: Math.max(...bots.map((r) => r.stateBytes?.total ?? 0)),
    cold_start_ms: Math.max(...bots.map((r) => r.coldStartMs)),
    cold_start_npm_start_median_ms: cold[0]?.medianMs ?? null,
    cold_start_tsx_median_ms: cold[1]?.medianMs ?? null,
  };
  const ratio = (tps: number | null, floor: number | null) => (tps === null || floor === null ? 'skipped' : `${fmt(tps / floor, 2)}×`);
  const ratios = (floor: number | null) =>
    `memory ${ratio(summary.memory_tps, floor)} (target 0.8), sqlite ${ratio(summary.sqlite_tps, floor)} (0.7), redis ${ratio(summary.redis_tps, floor)} (0.6)`;
  process.stdout.write(
    `\nturns/s at 50 conversations vs the stock echo bot: ${ratios(summary.echo_tps)}\nvs an echo bot on our adapter path: ${ratios(summary.echo_ours_tps)}\n`,
  );
  if (bots.some((r) => r.phases.some((p) => p.errors + p.wrongReplies > 0)) || results.some((r) => r.phases.some((p) => p.errors > 0))) {
    process.exitCode = 1;
    log('bench: some turns failed or the last reply was not the O1 outcome (see the errors column)');
  }
  if (jsonOut) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main();
