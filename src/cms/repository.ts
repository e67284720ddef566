/**
 * The repository as it is now, read by the admin before a save: the build-time index
 * (/admin/content-index.json) does not know what was published or drafted since the last build, nor
 * what another editor or tab saved a minute ago. Speaks to the two backends the admin uses: the local
 * decap-server (its proxy API) and GitHub's REST API, with the editor's own token. Bundled into
 * /admin/admin-checks.js.
 */

/** Where the admin's backend is, as `adminIndexHtml` writes it into the page. */
export type RepositoryAccess = ({ kind: 'local'; url: string } | { kind: 'github'; repo: string; apiRoot?: string }) & {
  branch: string;
  /** Editorial workflow: each entry is saved on its own branch until it is published. */
  workflow: boolean;
};

/** An entry still in the editorial workflow lives on its own branch, as Decap names it. */
export const workflowBranch = (collection: string, slug: string) => `cms/${collection}/${slug}`;

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface Repository {
  /** The slugs a collection's folder holds on the published branch, plus the entries drafted in the workflow. */
  takenSlugs(collection: string, folder: string, extension: string): Promise<string[]>;
  /**
   * The entry's file as saved now: its workflow draft where there is one (the next save goes there),
   * else the published branch; null when it exists in neither.
   */
  currentText(collection: string, slug: string, path: string): Promise<string | null>;
}

const fileSlug = (path: string, extension: string) => path.split('/').pop()!.replace(new RegExp(`\\.${extension}$`), '');

function localRepository(access: Extract<RepositoryAccess, { kind: 'local' }>, fetch: Fetch): Repository {
  const call = async (action: string, params: Record<string, unknown>): Promise<unknown> => {
    const response = await fetch(access.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, params: { branch: access.branch, ...params } }),
    });
    // The file-system mode of decap-server has no workflow: its «unknown action» means none.
    if (response.status === 422 || response.status === 404) return null;
    if (!response.ok) throw new Error(`decap-server answered ${response.status} to ${action}`);
    return response.json();
  };
  return {
    async takenSlugs(collection, folder, extension) {
      const files = ((await call('entriesByFolder', { folder, extension, depth: 1 })) ?? []) as { file: { path: string } }[];
      const drafts = ((await call('unpublishedEntries', {})) ?? []) as string[];
      return [
        ...files.map((entry) => fileSlug(entry.file.path, extension)),
        ...drafts.filter((key) => key.startsWith(`${collection}/`)).map((key) => key.slice(collection.length + 1)),
      ];
    },
    async currentText(collection, slug, path) {
      const drafts = access.workflow ? (((await call('unpublishedEntries', {})) ?? []) as string[]) : [];
      if (drafts.includes(`${collection}/${slug}`)) {
        const file = (await call('unpublishedEntryDataFile', { collection, slug, id: `${collection}/${slug}`, path })) as { data?: string } | null;
        return file?.data ?? null;
      }
      const entry = (await call('getEntry', { path })) as { data: string | null } | null;
      return entry?.data ?? null;
    },
  };
}

function githubRepository(access: Extract<RepositoryAccess, { kind: 'github' }>, token: string, fetch: Fetch): Repository {
  const root = access.apiRoot ?? 'https://api.github.com';
  const get = async (path: string, accept = 'application/vnd.github+json'): Promise<Response | null> => {
    const response = await fetch(`${root}/repos/${access.repo}${path}`, { headers: { authorization: `token ${token}`, accept }, cache: 'no-store' });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`GitHub answered ${response.status} to ${path}`);
    return response;
  };
  const encoded = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  return {
    async takenSlugs(collection, folder, extension) {
      const files = ((await (await get(`/contents/${encoded(folder)}?ref=${encodeURIComponent(access.branch)}`))?.json()) ?? []) as { name: string }[];
      const refs = ((await (await get(`/git/matching-refs/heads/${encoded(`cms/${collection}/`)}`))?.json()) ?? []) as { ref: string }[];
      return [
        ...files.filter((file) => file.name.endsWith(`.${extension}`)).map((file) => fileSlug(file.name, extension)),
        ...refs.map((ref) => ref.ref.slice(`refs/heads/cms/${collection}/`.length)),
      ];
    },
    async currentText(collection, slug, path) {
      const read = async (ref: string) => (await get(`/contents/${encoded(path)}?ref=${encodeURIComponent(ref)}`, 'application/vnd.github.raw+json'))?.text() ?? null;
      const draft = access.workflow ? await read(workflowBranch(collection, slug)) : null;
      return draft ?? read(access.branch);
    },
  };
}

/** The repository the admin saves to; GitHub needs the token of the editor who logged in. */
export function repositoryFor(access: RepositoryAccess, token: string | undefined, fetch: Fetch): Repository {
  if (access.kind === 'local') return localRepository(access, fetch);
  if (!token) throw new Error('no hay una sesión iniciada con GitHub');
  return githubRepository(access, token, fetch);
}

/**
 * Why a save would overwrite someone else's: the file changed in the repository since this editor
 * opened it (`opened`, the text Decap loaded, or what this tab itself saved last). Null when it did not.
 */
export function conflictProblem(opened: string, current: string | null): string | null {
  if (current === null || current === opened) return null;
  return (
    'Alguien guardó esta entrada después de que usted la abrió (otra persona, u otra pestaña). Para no borrar ese cambio, ' +
    'no se ha guardado nada. Abra la versión guardada con el enlace de este aviso, compárela, y vuelva a hacer su cambio sobre ella.'
  );
}
