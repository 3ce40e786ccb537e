import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Child processes of the benchmark and the soak, measured from the outside through /proc (Linux). */

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Child {
  process: ChildProcess;
  pid: number;
  spawnedAt: number;
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * `node <entry>`: a `.ts` entry through tsx (the echo bots, the profiled server), anything else as
 * it is: `src/launch/start.mjs` is what `npm start` runs, the production build, so what is measured
 * is what is deployed. The environment is built here, not inherited piecemeal, so a developer's own
 * STORAGE or MicrosoftAppId cannot leak in (an empty string is "unset" to src/config.ts, and beats
 * a .env file).
 */
export function startNode(entry: string, env: Record<string, string>, nodeFlags: string[] = [], ipc = false): Child {
  const spawnedAt = performance.now();
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, entry], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MicrosoftAppId: '', MicrosoftAppPassword: '', NODE_ENV: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe', ...(ipc ? (['ipc'] as const) : [])],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString('utf8');
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    pid: child.pid,
    spawnedAt,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of a process so far, in milliseconds (/proc/<pid>/stat utime, stime). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may contain spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks;
}

/** A /proc/<pid>/status memory line in kilobytes: VmHWM (peak RSS) or VmRSS (now). */
export function memoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
