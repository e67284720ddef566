/** What the admin's figure inputs read and show (src/lib/figure-input.ts). */
import { describe, expect, it } from 'vitest';
import { figureAsText, figureFromText } from '../../src/lib/figure-input.ts';

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

  it('shows a saved figure with a decimal comma, and a figure the report does not give as blank', () => {
    expect(figureAsText(66.66)).toBe('66,66');
    expect(figureAsText(1800)).toBe('1800');
    expect(figureAsText(null)).toBe('');
    expect(figureAsText(undefined)).toBe('');
    // What the editor sees is read back as the same figure.
    for (const value of [66.66, 1800, 0.48, 225514]) expect(figureFromText(figureAsText(value))).toBe(value);
  });
});
