import { randomBytes } from 'node:crypto';
import { freePort } from '../src/freePort.js';
import { createClient, runPhase } from './load.js';
import { sleep, startNode, type Child } from './processes.js';

/**
 * `npx tsx test/bench/profile.ts [out.cpuprofile] [STORAGE]`: the bot under the benchmark's load at
 * 10 conversations, a CPU profile of the warm server only (test/bench/instrumentedServer.ts), then a
 * summary by package and function (test/bench/profileSummary.ts). Open the file in Chrome DevTools
 * for the full picture.
 */
const [out = '/tmp/imr-bot.cpuprofile', storage = 'memory'] = process.argv.slice(2);
const port = await freePort();
const child = startNode('test/bench/instrumentedServer.ts', { PORT: String(port), STORAGE: storage, SQLITE_PATH: `/tmp/imr-prof-${process.pid}.sqlite`, KEY_SECRET: randomBytes(32).toString('base64url'), LOG_LEVEL: 'info' }, [], true);
const client = createClient(`http://127.0.0.1:${port}`, 64);

export function command(target: Child, message: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    target.process.once('message', (reply: Record<string, unknown>) => resolve(reply));
    target.process.send(message);
  });
}

for (let i = 0; i < 500; i++) {
  try {
    await client.post('{}');
    break;
  } catch {
    await sleep(20);
  }
}
const options = { client, concurrency: 10, maxTurns: 1e6, idPrefix: 'p', checkLast: () => true };
await runPhase({ ...options, seconds: 3, idPrefix: 'warm' });
await command(child, { cmd: 'profileStart' });
const run = await runPhase({ ...options, seconds: 8 });
await command(child, { cmd: 'profileStop', path: out });
process.stderr.write(`${run.turns} turns (${(run.turns / run.seconds).toFixed(0)}/s), ${run.errors} errors; profile in ${out}\n`);
client.close();
await child.stop();
