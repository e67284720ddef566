/**
 * Case cards to fold: a handout card whose text ends with «Respuesta: …» is a case on one half and
 * its answer on the other, folded back so the group reads the case without seeing the answer.
 */

export interface CaseCard {
  /** The case as the group reads it. */
  case: string;
  /** What follows «Respuesta:», or undefined for a card with no answer to hide. */
  answer?: string;
}

const ANSWER = /\s*\bRespuesta:\s*/;

/** "1. Rosa … Respuesta: activo fijo." → { case: "1. Rosa …", answer: "activo fijo." }. */
export function splitCaseCard(text: string): CaseCard {
  const match = ANSWER.exec(text);
  if (!match || match.index === 0) return { case: text.trim() };
  const answer = text.slice(match.index + match[0].length).trim();
  return answer ? { case: text.slice(0, match.index).trim(), answer } : { case: text.trim() };
}
