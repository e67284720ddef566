import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDuration, formatDurationLong, formatFigure, formatNumber, formatPercent, isoDate, joinLabels } from '../../src/lib/format.ts';

describe('es-EC formatting', () => {
  it('groups thousands with a dot, also for four-digit numbers', () => {
    expect(formatNumber(4391)).toBe('4.391');
    expect(formatNumber(225514)).toBe('225.514');
  });
  it('writes decimals with a comma and a spaced percent sign', () => {
    expect(formatNumber(59.93)).toBe('59,93');
    expect(formatPercent(59.93)).toBe('59,93 %');
  });
  it('says "sin dato" for a figure the report does not give', () => {
    expect(formatFigure(null)).toBe('sin dato');
    expect(formatFigure(78, '%')).toBe('78 %');
  });
  it('writes calendar dates in words, whatever the time zone', () => {
    const date = new Date('2026-11-24');
    expect(formatDate(date)).toBe('24 de noviembre de 2026');
    expect(isoDate(date)).toBe('2026-11-24');
  });
  it('joins labels the Spanish way', () => {
    expect(joinLabels([])).toBe('');
    expect(joinLabels(['a'])).toBe('a');
    expect(joinLabels(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('durations', () => {
  it('writes minutes as hours and minutes, short and long', () => {
    expect([180, 210, 45, 60].map(formatDuration)).toEqual(['3 h', '3 h 30 min', '45 min', '1 h']);
    expect([180, 210, 45, 60, 61].map(formatDurationLong)).toEqual([
      '3 horas',
      '3 horas y 30 minutos',
      '45 minutos',
      '1 hora',
      '1 hora y 1 minuto',
    ]);
  });
});

describe('sizes', () => {
  it('writes bytes as a phone does, with es-EC decimals', () => {
    expect(formatBytes(3_200_000)).toBe('3,2 MB');
    expect(formatBytes(850_000)).toBe('850 kB');
    expect(formatBytes(999_960)).toBe('1 MB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_250_000_000)).toBe('1,3 GB');
  });
});
