/**
 * The admin's reading of the repository as it is now. The local backend runs for real in
 * tests/e2e/cms-workflow.spec.ts (decap-server in git mode); GitHub cannot be reached from here, so
 * its requests are checked against the REST API's documented paths, answered as GitHub answers them.
 */
import { describe, expect, it } from 'vitest';
import { conflictProblem, repositoryFor } from '../../src/cms/repository.ts';

describe('a save over someone else\'s', () => {
  it('is a conflict only when the saved text differs from the text the editor opened', () => {
    expect(conflictProblem('a: 1\n', 'a: 1\n')).toBeNull();
    expect(conflictProblem('a: 1\n', null)).toBeNull();
    expect(conflictProblem('a: 1\n', 'a: 2\n')).toMatch(/^Alguien guardó esta entrada después de que usted la abrió/);
  });
});

describe('the GitHub repository', () => {
  const calls: { url: string; authorization: string | null; accept: string | null }[] = [];
  const answers: Record<string, unknown> = {
    '/repos/pnud/portal/contents/src/content/glosario?ref=main': [{ name: 'gad.yaml' }, { name: 'ceo.yaml' }, { name: '.gitkeep' }],
    '/repos/pnud/portal/git/matching-refs/heads/cms/glosario/': [{ ref: 'refs/heads/cms/glosario/termino-nuevo' }],
    '/repos/pnud/portal/contents/src/content/glosario/gad.yaml?ref=main': 'term: GAD\n',
  };
  const fetch = async (url: string, init?: RequestInit) => {
    const { pathname, search } = new URL(url);
    const headers = new Headers(init?.headers);
    calls.push({ url: pathname + search, authorization: headers.get('authorization'), accept: headers.get('accept') });
    const answer = answers[pathname + search];
    if (answer === undefined) return new Response('{"message":"Not Found"}', { status: 404 });
    return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), { status: 200 });
  };
  const repository = repositoryFor({ kind: 'github', repo: 'pnud/portal', branch: 'main', workflow: true }, 'gho_x', fetch);

  it('takes the slugs on the branch and in open workflow drafts, with the editor\'s token', async () => {
    expect(await repository.takenSlugs('glosario', 'src/content/glosario', 'yaml')).toEqual(['gad', 'ceo', 'termino-nuevo']);
    expect(calls.every((call) => call.authorization === 'token gho_x')).toBe(true);
  });

  it('reads an entry from its draft branch when it has one, else from the published branch, as raw text', async () => {
    calls.length = 0;
    expect(await repository.currentText('glosario', 'gad', 'src/content/glosario/gad.yaml')).toBe('term: GAD\n');
    expect(calls.map((call) => call.url)).toEqual([
      '/repos/pnud/portal/contents/src/content/glosario/gad.yaml?ref=cms%2Fglosario%2Fgad',
      '/repos/pnud/portal/contents/src/content/glosario/gad.yaml?ref=main',
    ]);
    expect(calls[1].accept).toBe('application/vnd.github.raw+json');
    expect(await repository.currentText('glosario', 'nuevo', 'src/content/glosario/nuevo.yaml')).toBeNull();
  });

  it('needs the token of a logged-in editor', () => {
    expect(() => repositoryFor({ kind: 'github', repo: 'pnud/portal', branch: 'main', workflow: true }, undefined, fetch)).toThrow(/sesión/);
  });
});
