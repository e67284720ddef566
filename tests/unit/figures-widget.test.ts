/** What the admin's figures input reads (src/cms/figures-widget.js). */
import { describe, expect, it, vi } from 'vitest';

// The module's components are built with Decap's globals; only the parser is under test here.
vi.stubGlobal('createClass', (spec: unknown) => spec);
vi.stubGlobal('h', () => null);
const { figureFromText } = await import('../../src/cms/figures-widget.js');

describe('a figure typed in the admin', () => {
  it('reads Spanish and plain decimals, thousands with dots, and blank as «not given»', () => {
    expect(figureFromText('69')).toBe(69);
    expect(figureFromText('66,66')).toBe(66.66);
    expect(figureFromText('66.66')).toBe(66.66);
    expect(figureFromText('1.002')).toBe(1002);
    expect(figureFromText('0.125')).toBe(0.125);
    expect(figureFromText('2.965,5')).toBe(2965.5);
    expect(figureFromText(' 1 800 ')).toBe(1800);
    expect(figureFromText('')).toBeNull();
    expect(figureFromText('   ')).toBeNull();
  });

  it('refuses what is not a figure, so nothing is saved from it', () => {
    for (const text of ['7x', '12%', 'n/d', '1,2,3', '--1']) expect(figureFromText(text), text).toBeUndefined();
  });
});
