import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Activity } from 'botbuilder';
import { post, testKeySecret, type Posted } from './httpHelpers.js';
import { productionStartArgs } from './productionStart.js';

/**
 * `npm start` as real processes for the multi-instance and fault tests (issue 7): each one is
 * `node src/launch/start.mjs`, the production build (without npm in between, so SIGTERM reaches
 * the server), on a port of its own, STORAGE=redis, the same KEY_SECRET everywhere (docs/scaling.md).
 */

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  alive(): boolean;
}

export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...productionStartArgs], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', PORT: '0', STORAGE: 'redis', KEY_SECRET: testKeySecret, LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // Never leave a process behind that a test can no longer reach.
      child.kill('SIGKILL');
      reject(new Error(`no "listening" log line:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+)[^\n]*"msg":"listening"/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output, exited, alive: () => exitCode === undefined });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited early with ${code}:\n${output}`)));
  });
}

export async function stopServer(server: ServerProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (!server?.alive()) return server ? server.exited : null;
  server.child.kill(signal);
  return server.exited;
}

/** Texts of the replies, a card as "[card]". */
export const texts = (replies: Partial<Activity>[]): string[] => replies.map((reply) => reply.text ?? (reply.attachments?.length ? '[card]' : ''));

/** The date a denial letter came, `daysAgo` California days before the real clock (the servers use it). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The person's next message: the first offered choice, or a recent date when the question has none. */
export function nextAnswer(replies: Partial<Activity>[]): Partial<Activity> {
  const first = replies.at(-1)?.suggestedActions?.actions[0];
  if (!first) return { text: daysAgo(20) };
  return { text: String(first.title), value: first.value as unknown };
}

export function hasCard(result: Posted): boolean {
  return result.activities.some((reply) => reply.attachments?.length);
}

export { post };
