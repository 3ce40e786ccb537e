import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../src/launch/build.mjs';

/**
 * A fresh copy of this repository for tests that must not touch the checkout (a changed source, a
 * deployment from scratch): the files git tracks, and new ones it does not ignore, which is what a
 * clone of this work gives. `installed` stands in for `npm ci`: it links the node_modules that CI's
 * own `npm ci` installed from the same lockfile and copies the Web Chat bundle its postinstall
 * fetched (a real `npm ci` takes minutes here: better-sqlite3 compiles).
 */
export function copyOfTheRepository(into: string, { installed }: { installed: boolean }): void {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((name) => name !== '')) {
    const from = join(repoRoot, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    copyFileSync(from, join(into, file));
  }
  if (installed) npmCiStandIn(into);
}

/** What `npm ci` leaves that git does not track (see above). */
export function npmCiStandIn(into: string): void {
  symlinkSync(join(repoRoot, 'node_modules'), join(into, 'node_modules'), 'dir');
  cpSync(join(repoRoot, 'src', 'web', 'vendor'), join(into, 'src', 'web', 'vendor'), { recursive: true });
}
