/**
 * `npm run bench`'s «publish to visible»: `npm start` (scripts/serve.ts --watch) runs in a throwaway
 * copy of the working tree (scripts/lib/start-copy.ts); one text field of one entry is changed as Decap
 * writes it (Decap's own serialiser, saved through decap-server's persistEntry, as «Publicar» does), and
 * the time runs until the page, fetched over HTTP every 100 ms, shows the new text; then until the
 * rebuilder says the search index and the service worker are done too. One publication first that is
 * not counted (the copy's first build of its caches), then `runs` measured ones.
 */
import { loadDecapFormats } from './lib/decap-formats.ts';
import { persistEntry, readCopyFile, startCopy } from './lib/start-copy.ts';
import { fieldOrder } from '../src/cms/config.ts';
import { isPublishing } from '../src/lib/publish-status.ts';
import { summarizePublishRuns, type PublishRun, type PublishSummary } from '../src/lib/bench.ts';

/** The entry, field and page measured: a manual's summary, shown under its title. */
const ENTRY = 'manuales/gestion-de-casos.mdx';
const FIELD = 'summary';
const PAGE = '/manuales/gestion-de-casos/';
/** No publication takes this long unless something is wrong. */
const RUN_TIMEOUT_MS = 10 * 60_000;
/** Nor does preparing the next rebuild's steps. */
const PREPARE_TIMEOUT_MS = 5 * 60_000;

export interface PublishReport extends PublishSummary {
  entry: string;
  field: string;
  page: string;
  measured: PublishRun[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchPublish(options: { runs: number; port: number; decapPort: number; progress: (message: string) => void }): Promise<PublishReport> {
  const { progress } = options;
  progress(`Copying the working tree and starting \`npm start\` (serve.ts --watch) on ports ${options.port} and ${options.decapPort}…`);
  const copy = await startCopy({ port: options.port, decapPort: options.decapPort });
  const decap = await loadDecapFormats();
  try {
    const original = decap.yamlFrontmatter.fromFile(readCopyFile(copy, ENTRY));
    const text = String(original[FIELD]);
    if (!text.endsWith('.')) throw new Error(`${ENTRY}: the ${FIELD} should end with a full stop`);

    const publishOnce = async (revision: number): Promise<PublishRun> => {
      // Nothing else under way: the previous publication, search and service worker included, is done,
      // and the rebuilder has prepared its next steps (an editor's next publication comes minutes later).
      const waitSince = performance.now();
      for (let status = await copy.status(); !status || isPublishing(status) || !('ready' in status && status.ready); status = await copy.status()) {
        if (performance.now() - waitSince > PREPARE_TIMEOUT_MS) {
          progress('The rebuilder did not say its steps were prepared within five minutes; publishing anyway.');
          break;
        }
        await sleep(200);
      }
      const changed = `${text.slice(0, -1)} (revisión ${revision}).`;
      const raw = decap.yamlFrontmatter.toFile({ ...original, [FIELD]: changed }, fieldOrder('manuales'));
      const started = performance.now();
      const startedAt = Date.now();
      await persistEntry(copy, ENTRY, raw.endsWith('\n') ? raw : `${raw}\n`);
      let visibleSeconds: number | undefined;
      while (visibleSeconds === undefined) {
        if (performance.now() - started > RUN_TIMEOUT_MS) throw new Error(`${PAGE} did not show revision ${revision} within ten minutes`);
        const status = await copy.status();
        if (status?.state === 'failed' && status.at >= startedAt) throw new Error(`The rebuild failed:\n${status.error}`);
        const page = await fetch(copy.origin + PAGE, { cache: 'no-store' }).then((response) => response.text()).catch(() => '');
        if (page.includes(`(revisión ${revision}).`)) visibleSeconds = (performance.now() - started) / 1000;
        else await sleep(100);
      }
      for (;;) {
        const status = await copy.status();
        if (status?.state === 'done') {
          return { visibleSeconds, doneSeconds: (performance.now() - started) / 1000, steps: status.steps ?? {}, warm: status.warm === true };
        }
        if (status?.state === 'failed') throw new Error(`The search index or service worker failed after the pages were served:\n${status.error}`);
        if (performance.now() - started > RUN_TIMEOUT_MS) throw new Error('The rebuild did not finish within ten minutes');
        await sleep(100);
      }
    };

    progress('Publication 0 (not counted: the copy builds its caches)…');
    await publishOnce(0);
    const measured: PublishRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      const result = await publishOnce(run);
      measured.push(result);
      progress(`Publication ${run} of ${options.runs}: visible after ${result.visibleSeconds.toFixed(1)} s, search and offline done after ${result.doneSeconds.toFixed(1)} s`);
    }
    return { entry: ENTRY, field: FIELD, page: PAGE, measured, ...summarizePublishRuns(measured) };
  } finally {
    await decap.close();
    await copy.stop();
  }
}
