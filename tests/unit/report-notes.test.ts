/**
 * Notes about the report live once, in src/content/notas/: the logic that places them, and a
 * content check that no page or content file writes a note out again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isNoteLink, noteMarkers, notesAbout, notePath, sectionName, subjectPage } from '../../src/lib/report-notes.ts';

describe('report-notes logic', () => {
  it('finds «ver nota» links in Markdown with their text and note id', () => {
    expect(noteMarkers('El SITE [ver nota](/notas-sobre-el-informe/#site-dos-nombres) y [otra](/notas-sobre-el-informe/#x).')).toEqual([
      { label: 'ver nota', id: 'site-dos-nombres' },
      { label: 'otra', id: 'x' },
    ]);
    expect(noteMarkers('[Glosario](/glosario/#site)')).toEqual([]);
  });

  it('tells a link to one note (a «ver nota» marker) from other links', () => {
    expect(isNoteLink('/notas-sobre-el-informe/#site-dos-nombres')).toBe(true);
    expect(isNoteLink('/notas-sobre-el-informe/')).toBe(false);
    expect(isNoteLink('/glosario/#site')).toBe(false);
  });

  it('places a note at its exact subject only', () => {
    const notes = [
      { id: 'a', data: { title: 'A', subject: '/glosario/#ceo' } },
      { id: 'b', data: { title: 'B', subject: '/glosario/#site' } },
      { id: 'c', data: { title: 'C' } },
    ];
    expect(notesAbout(notes, '/glosario/#ceo').map((n) => n.id)).toEqual(['a']);
    expect(notesAbout(notes, '/glosario/')).toEqual([]);
    expect(subjectPage('/glosario/#ceo')).toBe('/glosario/');
    expect(notePath('a')).toBe('/notas-sobre-el-informe/#a');
  });

  it('names report sections as a sentence does', () => {
    expect(sectionName('3.2.3.1')).toBe('la sección 3.2.3.1');
    expect(sectionName('Glosario')).toBe('el glosario');
    expect(sectionName('Sinopsis')).toBe('la sinopsis');
  });
});

function files(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
const notes = readdirSync('src/content/notas').map((name) => ({ id: name.replace('.yaml', ''), ...parse(readFileSync(`src/content/notas/${name}`, 'utf8')) }));
/** Every file a note could be copied into: content outside the notes, pages, components and site logic. */
const elsewhere = [
  ...files('src/content', ['.mdx', '.yaml']).filter((path) => !path.startsWith('src/content/notas/')),
  ...files('src/pages', ['.astro']),
  ...files('src/components', ['.astro', '.tsx']),
  ...files('src/lib', ['.ts']),
].map((path) => {
  const text = normalise(readFileSync(path, 'utf8'));
  return { path, text, words: text.replace(/[«».,;:()"]/g, ' ').replace(/\s+/g, ' ') };
});

describe('every note about the report is written once', () => {
  it('has notes, each with what the report prints and how the portal shows it', () => {
    expect(notes.length).toBeGreaterThanOrEqual(20);
    for (const note of notes) {
      expect(note.printed.length, note.id).toBeGreaterThan(0);
      expect(note.portal.length, note.id).toBeGreaterThan(10);
    }
  });

  // Quoted names and phrases («…») are what the report prints and may be cited anywhere; the note's
  // own wording may not. A run of 10 words of it found elsewhere means the note was copied.
  it('no other file repeats what a note says (10 words in a row of its own wording)', () => {
    const copies: string[] = [];
    for (const note of notes) {
      const texts = [...note.printed.map((place: { text: string }) => place.text), note.portal];
      for (const text of texts) {
        for (const part of normalise(text).split(/«[^»]*»|"[^"]*"/)) {
          const words = part.replace(/[.,;:()]/g, ' ').split(' ').filter(Boolean);
          for (let start = 0; start + 10 <= words.length; start += 1) {
            const run = words.slice(start, start + 10).join(' ');
            for (const file of elsewhere) {
              if (file.words.includes(run)) copies.push(`${file.path} repeats note ${note.id}: «${run}»`);
            }
          }
        }
      }
    }
    expect([...new Set(copies)]).toEqual([]);
  });

  it('no content writes a note by hand: the report-note callout is gone and notes are not typed into fields', () => {
    const handWritten = elsewhere.filter(
      (file) => file.path.startsWith('src/content/') && (/type="informe"/.test(file.text) || /\b(el informe da dos nombres|dos nombres en el informe|la misma sección (lo|la) (llama|nombra))\b/.test(file.text)),
    );
    expect(handWritten.map((file) => file.path)).toEqual([]);
  });
});

describe('the portal says once per section that guidance is its own', () => {
  const label = /\b(orientaci[oó]n|propuesta|recomendaci[oó]n(es)?)( (general|generales|pr[aá]ctica))? del portal\b/gi;

  it('no content page repeats it: each section index says it', () => {
    const repeated = elsewhere.filter((file) => file.path.startsWith('src/content/') && (file.text.match(label) ?? []).length > 0);
    expect(repeated.map((file) => file.path)).toEqual([]);
  });

  it('a page says it at most once', () => {
    const pages = elsewhere.filter((file) => file.path.startsWith('src/pages/'));
    expect(pages.filter((file) => (file.text.match(label) ?? []).length > 1).map((file) => file.path)).toEqual([]);
    expect(pages.filter((file) => (file.text.match(label) ?? []).length === 1).length).toBeGreaterThanOrEqual(5);
  });
});
