/**
 * Notes about the report (collection `notas`): each is written once, shown in full on the notes
 * page and at its subject (the page where its figure or name is the topic), and elsewhere as a
 * «ver nota» link to the notes page. Pure: pages, the content check and the tests share it.
 */
import { NOTES_PATH } from './taxonomy.ts';

export interface ReportNoteData {
  title: string;
  subject?: string;
}

/** Where a note sits on the notes page. */
export const notePath = (id: string) => `${NOTES_PATH}#${id}`;

/** The page part of a subject (`/glosario/#ceo` → `/glosario/`). */
export const subjectPage = (subject: string) => subject.split('#')[0];

/**
 * Where an entry page (a manual, a practice) shows the notes about itself: in a section of their own
 * after the body, so the body starts on a phone's first screens; a line in the page's facts links to it.
 */
export const PAGE_NOTES_SECTION = { id: 'notas-del-informe', title: 'Notas sobre el informe' } as const;

/** The line in the facts that leads to the page's notes: «2 notas, al final de esta página». */
export const pageNotesLabel = (count: number) => `${count === 1 ? '1 nota' : `${count} notas`}, al final de esta página`;

/** The notes whose subject is exactly this place (a page, or a page and an anchor). */
export function notesAbout<T extends { data: ReportNoteData }>(notes: T[], subject: string): T[] {
  return notes.filter((note) => note.data.subject === subject);
}

/** A «ver nota» link written in Markdown: `[ver nota](/notas-sobre-el-informe/#id)`. */
const MARKDOWN_MARKER = /\[([^\]]*)\]\(\/notas-sobre-el-informe\/#([^)\s]*)\)/g;

/** The note links in a Markdown text, with their link text and note id. */
export function noteMarkers(markdown: string): { label: string; id: string }[] {
  return [...markdown.matchAll(MARKDOWN_MARKER)].map((match) => ({ label: match[1], id: match[2] }));
}

/** The text of every note link: one short, consistent marker. */
export const MARKER_TEXT = 'ver nota';

/** The class of a «ver nota» marker (styled in global.css), whether NoteRef or Markdown (MarkdownLink) wrote it. */
export const MARKER_CLASS = 'note-marker';

/** Whether a link leads to one note on the notes page: a «ver nota» marker. */
export const isNoteLink = (href: string) => href.startsWith(`${NOTES_PATH}#`);

/** A report section as a sentence names it, with its article: «la sección 3.1.3», «el glosario», «la sinopsis». */
export function sectionName(section: string): string {
  if (/^\d/.test(section)) return `la sección ${section}`;
  return section === 'Glosario' ? 'el glosario' : `la ${section.toLowerCase()}`;
}
