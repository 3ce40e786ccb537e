import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * src/index.ts exactly as `npm start` runs it, plus a parent-only control channel over the IPC
 * pipe of child_process.fork/spawn (no HTTP route, so nothing an outsider can reach): `gc` forces a
 * collection (needs --expose-gc) and answers the memory figures; `profileStart`/`profileStop` record
 * a CPU profile of the warm server only (node --cpu-prof would include start-up).
 */

type Command = { cmd: 'gc' } | { cmd: 'profileStart' } | { cmd: 'profileStop'; path: string };

const session = new Session();
session.connect();

process.on('message', (message: Command) => {
  void handle(message).then(
    (reply) => process.send?.({ ok: true, ...reply }),
    (error: unknown) => process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

async function handle(message: Command): Promise<Record<string, unknown>> {
  switch (message.cmd) {
    case 'gc': {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error('start with --expose-gc');
      gc();
      gc();
      return { memory: process.memoryUsage() };
    }
    case 'profileStart':
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      return {};
    case 'profileStop': {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(message.path, JSON.stringify(profile));
      return {};
    }
  }
}

await import('../../src/index.js');
