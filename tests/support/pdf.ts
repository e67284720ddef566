/**
 * Reading a printed page as people meet it: the text of each page of the PDF Chromium prints (PDF.js
 * through unpdf), and what the last page must hold.
 */
import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';

/** The text of each page of a PDF. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text;
}

/** Text without any whitespace, so line breaks and spacing on paper do not matter when comparing. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * The end of the page's main content as printed (the page must already emulate print media): the
 * last `length` non-space characters of `<main>`'s rendered text. The PDF's last page must hold them,
 * so no page ends with only the site's furniture.
 */
export async function printedMainEnding(page: Page, length = 24): Promise<string> {
  const text = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText);
  return squeezed(text).slice(-length);
}

/**
 * Headings left at the foot of a printed page with their content on the next: a page (not the last)
 * whose text ends with a heading, or with the first `minimum` or more characters of one (a heading
 * cut in two). Headings are compared without whitespace, as the PDF's text breaks lines its own way.
 */
export function strandedHeadings(pageTexts: readonly string[], headings: readonly string[], minimum = 12): { page: number; heading: string }[] {
  return pageTexts.slice(0, -1).flatMap((text, index) => {
    const ending = squeezed(text);
    return headings
      .filter((heading) => {
        const whole = squeezed(heading);
        for (let length = whole.length; length >= Math.min(minimum, whole.length); length--) {
          if (ending.endsWith(whole.slice(0, length))) return true;
        }
        return false;
      })
      .map((heading) => ({ page: index + 1, heading }));
  });
}
