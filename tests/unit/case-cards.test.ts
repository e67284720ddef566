import { describe, expect, it } from 'vitest';
import { splitCaseCard } from '../../src/lib/case-cards.ts';

describe('splitCaseCard', () => {
  it('splits a card at «Respuesta:» into the case and its answer', () => {
    expect(splitCaseCard('1. Rosa quiere una máquina. Respuesta: activo fijo. Dura años.')).toEqual({
      case: '1. Rosa quiere una máquina.',
      answer: 'activo fijo. Dura años.',
    });
  });

  it('leaves a card without an answer whole', () => {
    expect(splitCaseCard('Tarjeta: «Pago con QR»')).toEqual({ case: 'Tarjeta: «Pago con QR»' });
  });

  it('does not take «Respuestas» or an empty answer for an answer to fold', () => {
    expect(splitCaseCard('Respuestas posibles del grupo')).toEqual({ case: 'Respuestas posibles del grupo' });
    expect(splitCaseCard('Un caso. Respuesta:')).toEqual({ case: 'Un caso. Respuesta:' });
  });
});
