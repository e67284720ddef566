/**
 * Builds the working tree a second time in another folder and fails if any built file differs from
 * dist/: the same commit must give the same pages and the same precache manifest wherever it is
 * built, or every deploy tells returning readers there is a new version. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const DIST = 'dist';
const listFiles = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

const copy = mkdtempSync(join(tmpdir(), 'integra-reproducible-'));
try {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(file, join(copy, file));
    } catch {
      // A file deleted in the working tree but still in the index: the build does not see it either.
    }
  }
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  console.log(`check-reproducible: building again in ${copy}…`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
  // As `npm test` did before this check: the .gz and .br files too, when dist/ has them.
  if (existsSync(join(DIST, 'index.html.br'))) execFileSync('npm', ['run', 'build:compress', '--silent'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });

  const ours = listFiles(DIST);
  const theirs = listFiles(join(copy, DIST));
  const problems: string[] = [];
  const missing = ours.filter((file) => !theirs.includes(file)).concat(theirs.filter((file) => !ours.includes(file)));
  if (missing.length > 0) problems.push(`files only in one build: ${missing.slice(0, 10).join(', ')}`);
  const differing = ours.filter((file) => theirs.includes(file) && !readFileSync(join(DIST, file)).equals(readFileSync(join(copy, DIST, file))));
  if (differing.length > 0) problems.push(`${differing.length} files differ: ${differing.slice(0, 10).join(', ')}${differing.length > 10 ? '…' : ''}`);
  if (problems.length > 0) {
    console.error(`check-reproducible: two builds of the same tree differ\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`check-reproducible: ${ours.length} files, byte for byte the same in both builds`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
