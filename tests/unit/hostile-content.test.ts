/**
 * Hostile bodies and files (tests/fixtures/hostile/): every one is refused, by both parsers, with the
 * Spanish message and line in expected.json, by the build's check as by the admin's; and nothing in
 * them runs while the build's check reads them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../../src/lib/content-check.ts';
import { checkMediaFiles } from '../../src/lib/media.ts';
import { checkMdxBody, parseMdxBody } from '../../src/lib/mdx-safety.ts';
import { parseWithBuildParser } from '../../src/lib/mdx-build-parser.ts';
import { bodyProblems } from '../../src/cms/validate-entry.ts';
import { readContentFiles, readMediaFiles } from '../../scripts/check-content.ts';

const HOSTILE = 'tests/fixtures/hostile';
const expected = JSON.parse(readFileSync(`${HOSTILE}/expected.json`, 'utf8')) as Record<string, { line: number; message: string; buildOnly?: string }>;
const bodies = readdirSync(`${HOSTILE}/bodies`).sort();
const body = (name: string) => readFileSync(`${HOSTILE}/bodies/${name}`, 'utf8');

/** A real manual's frontmatter, so a hostile body is checked as a manual the CMS saved. */
const manualSource = readFileSync('src/content/manuales/gestion-de-casos.mdx', 'utf8');
const frontmatter = manualSource.slice(0, manualSource.indexOf('\n---\n') + 5);
const frontmatterLines = frontmatter.split('\n').length - 1;

describe('hostile content fixtures', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(Object.keys(expected).sort()).toEqual(bodies);
  });

  it.each(bodies)('%s: refused with its message and line, by both parsers', (name) => {
    const [first] = checkMdxBody(body(name), { media: new Set() }, parseMdxBody);
    expect(first).toEqual({ line: expected[name].line, message: expected[name].message });
    expect(checkMdxBody(body(name), { media: new Set() }, parseWithBuildParser).length).toBeGreaterThan(0);
  });

  it.each(bodies)('%s: the build names file and line, the admin the line and its text, with the same message', (name) => {
    const path = `src/content/manuales/${name}`;
    const issues = checkContent([{ collection: 'manuales', name, path, source: frontmatter + body(name) }], { media: [] }).map(formatIssue);
    expect(issues).toContain(`${path}:${frontmatterLines + expected[name].line}: ${expected[name].message}`);
    if (expected[name].buildOnly) return;
    expect(bodyProblems(body(name))[0]).toMatch(new RegExp(`^«Contenido», línea ${expected[name].line}( \\(«.*»\\))?: `));
    expect(bodyProblems(body(name))[0].endsWith(`: ${expected[name].message}`)).toBe(true);
  });

  it('both parsers accept every body of the portal content', () => {
    for (const file of readContentFiles('src/content').filter((f) => f.name.endsWith('.mdx'))) {
      const source = file.source.slice(file.source.indexOf('\n---\n') + 5);
      expect(checkMdxBody(source, {}, parseMdxBody), file.path).toEqual([]);
      expect(checkMdxBody(source, {}, parseWithBuildParser), file.path).toEqual([]);
    }
  });

  it('refuses every hostile media file: SVGs with scripts, handlers, xlink:href or foreignObject, renamed files, PDFs, pages', () => {
    const media = readMediaFiles(`${HOSTILE}/media`);
    expect(media.length).toBe(readdirSync(`${HOSTILE}/media`).length);
    const refused = checkMediaFiles('public/imagenes', media).map((issue) => issue.path.replace('public/imagenes/', ''));
    expect(refused.sort()).toEqual(media.map((file) => file.name).sort());
  });
});

describe('the build check runs nothing it reads', () => {
  const root = mkdtempSync(join(tmpdir(), 'integra-hostile-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses every hostile entry and file, and the code in them never runs', () => {
    const content = join(root, 'content');
    mkdirSync(join(content, 'manuales'), { recursive: true });
    for (const name of bodies) writeFileSync(join(content, 'manuales', name), frontmatter + body(name));
    const media = join(root, 'imagenes');
    cpSync(`${HOSTILE}/media`, media, { recursive: true });
    const marker = join(root, 'ran');

    let status = 0;
    let output = '';
    try {
      execFileSync(process.execPath, ['scripts/check-content.ts', content], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, HOSTILE_MARKER: marker, MEDIA_FOLDER: media },
      });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    for (const name of bodies) expect(output).toContain(`${name}:${frontmatterLines + expected[name].line}: ${expected[name].message}`);
    for (const name of readdirSync(`${HOSTILE}/media`)) expect(output).toContain(`${media}/${name}: `);
    expect(existsSync(marker)).toBe(false);
  });
});
