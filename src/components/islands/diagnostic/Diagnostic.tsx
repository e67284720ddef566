/**
 * The GAD diagnostic island. It only renders and keeps state: scoring, plans, comparison, the saved
 * format, imports, exports and share links are pure functions in `src/lib/diagnostic/`. Assessments
 * live in this browser's localStorage (key STORE_KEY); nothing typed is ever sent anywhere.
 *
 * The page's first load carries the list of assessments only: the island starts with the instrument's
 * outline (instrumentOutline), and the questionnaire and the results, with the whole instrument
 * (INSTRUMENT_URL), are loaded when one of them opens (loadWorkspace).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { matchesOutline, type Instrument } from '../../../lib/diagnostic/instrument.ts';
import { firstPending, newAssessment, type Assessment } from '../../../lib/diagnostic/assessment.ts';
import {
  BACKUP_FAILED_MESSAGE,
  BACKUP_PREFIX,
  backupKey,
  needsBackup,
  duplicateAssessment,
  emptyStore,
  loadStore,
  removeAssessment,
  renameAssessment,
  restoreAssessment,
  serializeStore,
  STORE_KEY,
  upsert,
  type Store,
  type StoredMigration,
} from '../../../lib/diagnostic/store.ts';
import type { ShareResult } from '../../../lib/diagnostic/share.ts';
import { hasShareParam } from '../../../lib/diagnostic/share-param.ts';
import { migrationSentence, type MigrationReport } from '../../../lib/diagnostic/migrate.ts';
import { newId } from './browser.ts';
import { readStorage, readStorageWithPrefix, writeStorage } from '../local-storage.ts';
import AssessmentList, { type MunicipioOption, type NewAssessmentInput } from './AssessmentList.tsx';
import type QuestionnaireView from './Questionnaire.tsx';
import type ResultsView from './Results.tsx';
import MigrationDetails from './MigrationDetails.tsx';
import './diagnostic.css';
// As a URL, not an import: an imported stylesheet would be linked from the page, even behind import().
import workspaceStylesheet from './workspace.css?url';

interface Props {
  /** The instrument's outline (instrumentOutline): enough for the list of assessments. */
  outline: Instrument;
  /** Where the whole instrument is (INSTRUMENT_URL). */
  instrumentUrl: string;
  municipios: MunicipioOption[];
  /** The site's public origin ("https://…"), for the addresses the council report writes out. */
  origin: string;
}

type View = { name: 'list' } | { name: 'edit'; id: string; dimension: number } | { name: 'results'; id: string };

interface Notice {
  kind: 'info' | 'error';
  text: string;
  undo?: { removed: Assessment; index: number };
  /** Work made with an earlier instrument version: what carried over, what is new, what was dropped. */
  migrations?: StoredMigration[];
}

type ShareOffer = Extract<ShareResult, { ok: true }>;

/** What the questionnaire and the results need beyond the first screen, loaded once on demand. */
interface Workspace {
  instrument: Instrument;
  Questionnaire: typeof QuestionnaireView;
  Results: typeof ResultsView;
}

let workspaceLoad: Promise<Workspace> | null = null;

/** Fetches the whole instrument and the views' code; a failure is forgotten, so trying again fetches again. */
function loadWorkspace(instrumentUrl: string, outline: Instrument): Promise<Workspace> {
  workspaceLoad ??= Promise.all([
    fetch(instrumentUrl).then((response) => {
      if (!response.ok) throw new Error(`${instrumentUrl}: ${response.status}`);
      return response.json() as Promise<Instrument>;
    }),
    import('./Questionnaire.tsx'),
    import('./Results.tsx'),
    loadStylesheet(workspaceStylesheet),
  ]).then(([instrument, questionnaire, results]) => {
    if (!matchesOutline(instrument, outline)) throw new Error('the page and the instrument it fetched are of different versions');
    return { instrument, Questionnaire: questionnaire.default, Results: results.default };
  });
  workspaceLoad.catch(() => (workspaceLoad = null));
  return workspaceLoad;
}

/** Links a stylesheet once, resolving when it applies, so a view never shows unstyled. */
function loadStylesheet(href: string): Promise<void> {
  const linked = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (linked?.sheet) return Promise.resolve();
  linked?.remove();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      reject(new Error(`${href} did not load`));
    };
    document.head.append(link);
  });
}

const SHARE_NOT_LOADED =
  'Este enlace trae un autodiagnóstico, pero no se pudo leer: revise la conexión y recargue la página.';
const WORKSPACE_FAILED =
  'No se pudo cargar el cuestionario. Revise la conexión y vuelva a intentarlo; si persiste, recargue la página. Sus respuestas siguen guardadas.';

const STORAGE_BLOCKED =
  'Este navegador no permite guardar datos de esta página. Puede usar la herramienta, pero su avance no se guardará al cerrarla: exporte el archivo JSON antes de salir.';
const STORAGE_FULL =
  'No se pudo guardar el último cambio: el almacenamiento del navegador está lleno o bloqueado. Siga trabajando y exporte el archivo JSON para no perderlo.';

export default function Diagnostic({ outline, instrumentUrl, municipios, origin }: Props) {
  const [store, setStore] = useState<Store | null>(null);
  const [view, setView] = useState<View>({ name: 'list' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [shareOffer, setShareOffer] = useState<ShareOffer | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [preset, setPreset] = useState<string>('');
  const storageOk = useRef(true);
  // What storage holds now: nothing is written until the list really changes.
  const lastSaved = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  /** The question to bring into view and focus after the next view change (resuming). */
  const focusIndicator = useRef<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const shareOfferRef = useRef<HTMLHeadingElement>(null);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [workspaceFailed, setWorkspaceFailed] = useState(false);
  const [workspaceAttempt, setWorkspaceAttempt] = useState(0);
  const workspaceFailedRef = useRef<HTMLDivElement>(null);
  /** Scoring, lists, imports and migration need the outline only; what is shown of questions needs the whole instrument. */
  const instrument = workspace?.instrument ?? outline;
  const needsWorkspace = view.name !== 'list';

  useEffect(() => {
    if (!needsWorkspace || workspace) return;
    let current = true;
    setWorkspaceFailed(false);
    loadWorkspace(instrumentUrl, outline).then(
      (loaded) => current && setWorkspace(loaded),
      () => current && setWorkspaceFailed(true),
    );
    return () => {
      current = false;
    };
  }, [needsWorkspace, workspace, workspaceAttempt]);

  useEffect(() => {
    // A reload starts at the top: the browser would otherwise scroll to where a long questionnaire was,
    // which on the shorter first view is the footer.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const saved = readStorage(STORE_KEY);
    if (!saved.ok) {
      storageOk.current = false;
      setNotice({ kind: 'error', text: STORAGE_BLOCKED });
      setStore(emptyStore());
    } else {
      const loaded = loadStore(saved.value, instrument);
      const damaged = loaded.status === 'corrupt' || loaded.status === 'recovered';
      const migrated = loaded.migrated.length > 0;
      // What was saved stays as it was until the list really changes…
      lastSaved.current = serializeStore(loaded.store);
      if ((damaged || migrated) && saved.value !== null) {
        // …but what could not be read, or was made with an earlier instrument version, is copied first:
        // once, and if no copy can be kept, nothing is written over it at all.
        const kept = !needsBackup(saved.value, readStorageWithPrefix(BACKUP_PREFIX)) || writeStorage(backupKey(new Date()), saved.value);
        if (!kept) {
          storageOk.current = false;
          setNotice({ kind: 'error', text: BACKUP_FAILED_MESSAGE });
        } else if (damaged) setNotice({ kind: 'error', text: loaded.message, migrations: migrated ? loaded.migrated : undefined });
        else {
          setNotice({ kind: 'info', text: storedMigrationText(loaded.migrated, instrument.version), migrations: loaded.migrated });
          // With the copy kept, the migrated list is saved now, so the change is announced once.
          lastSaved.current = null;
        }
      }
      setStore(loaded.store);
    }
    const params = new URLSearchParams(location.search);
    const municipio = municipios.find((m) => m.id === params.get('municipio'));
    if (municipio) setPreset(municipio.title);
    // The code that reads a share link is loaded only when the address brings one.
    if (hasShareParam(location.hash)) {
      import('../../../lib/diagnostic/share.ts')
        .then(({ decodeShare }) => decodeShare(location.hash.slice(1), instrument))
        .then(
          (result) => {
            if (result === null) return;
            if (result.ok) setShareOffer(result);
            else {
              setNotice({ kind: 'error', text: result.error });
              clearFragment();
            }
          },
          () => setNotice({ kind: 'error', text: SHARE_NOT_LOADED }),
        );
    }
  }, []);

  // Saved before the browser paints the change, so a reload or a closed tab right after an answer keeps it.
  useLayoutEffect(() => {
    if (!store || !storageOk.current) return;
    const text = serializeStore(store);
    if (text === lastSaved.current) return;
    lastSaved.current = text;
    if (!writeStorage(STORE_KEY, text)) {
      storageOk.current = false;
      setNotice({ kind: 'error', text: STORAGE_FULL });
    }
  }, [store]);

  useLayoutEffect(() => {
    // Until its view has loaded, what is to be focused waits.
    if (needsWorkspace && !workspace) return;
    const question = focusIndicator.current && document.getElementById(`indicador-${focusIndicator.current}`);
    if (question) {
      question.scrollIntoView({ block: 'start' });
      question.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
    } else if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
    focusIndicator.current = null;
  }, [view, workspace]);

  // The control that opened the view is gone: focus goes to what went wrong, with the way to try again.
  useLayoutEffect(() => {
    if (workspaceFailed) workspaceFailedRef.current?.focus();
  }, [workspaceFailed]);

  // A notice appears where the person is looking: brought into view and focused (read by screen readers too).
  useLayoutEffect(() => {
    if (!notice || !noticeRef.current) return;
    noticeRef.current.focus({ preventScroll: true });
    noticeRef.current.scrollIntoView({ block: 'nearest' });
  }, [notice]);

  // A received link's offer is the first thing the person sees.
  useLayoutEffect(() => {
    if (!shareOffer || !shareOfferRef.current) return;
    shareOfferRef.current.scrollIntoView({ block: 'start' });
    shareOfferRef.current.focus({ preventScroll: true });
  }, [shareOffer]);

  if (!store) {
    return (
      <div class="diagnostic">
        <p class="diagnostic__loading" role="status">
          Preparando la herramienta interactiva… Si no aparece, su navegador no ejecuta JavaScript: puede leer, imprimir y responder en papel
          el <a href="/diagnostico/cuestionario/">cuestionario completo</a>.
        </p>
      </div>
    );
  }

  const go = (next: View, message: string) => {
    focusHeading.current = true;
    setAnnouncement(message);
    setView(next);
  };
  const current = view.name === 'list' ? null : store.assessments.find((a) => a.id === view.id) ?? null;
  const save = (assessment: Assessment) => setStore((s) => upsert(s!, assessment));

  const create = (input: NewAssessmentInput) => {
    const assessment = newAssessment({ id: newId(), name: input.name, municipio: input.municipio, team: input.team, asOf: input.asOf, now: new Date(), instrument });
    setStore(upsert(store, assessment));
    setNotice(null);
    go({ name: 'edit', id: assessment.id, dimension: 0 }, `Autodiagnóstico «${assessment.name}» creado. Dimensión 1 de ${instrument.dimensions.length}.`);
  };

  const addImported = (assessment: Omit<Assessment, 'id'>, message: string, migration: MigrationReport | null) => {
    const id = newId();
    setStore(upsert(store, { ...assessment, id }));
    setNotice({ kind: 'info', text: message, migrations: migration ? [{ name: assessment.name, report: migration }] : undefined });
    setAnnouncement(message);
  };

  const acceptShare = () => {
    if (!shareOffer) return;
    const { migration, summary } = shareOffer;
    const imported = `Se importó «${summary.name}» desde el enlace como un autodiagnóstico nuevo.`;
    addImported(shareOffer.assessment, migration ? `${imported} ${migrationSentence(migration)}` : imported, migration);
    setShareOffer(null);
    clearFragment();
  };

  return (
    <div class="diagnostic">
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {notice && (
        <div
          ref={noticeRef}
          tabIndex={-1}
          class={`diagnostic__notice diagnostic__notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.text}</p>
          {notice.migrations && <MigrationDetails migrations={notice.migrations} />}
          <div class="diagnostic__actions">
            {notice.undo && (
              <button
                type="button"
                class="button"
                onClick={() => {
                  setStore(restoreAssessment(store, notice.undo!.removed, notice.undo!.index));
                  setNotice(null);
                  setAnnouncement(`Se recuperó «${notice.undo!.removed.name}».`);
                }}
              >
                Deshacer
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={() => setNotice(null)}>
              Cerrar aviso
            </button>
          </div>
        </div>
      )}
      {shareOffer && (
        <section class="diagnostic__share-offer" aria-labelledby="enlace-recibido">
          <h2 id="enlace-recibido" ref={shareOfferRef} tabIndex={-1}>
            Enlace con un autodiagnóstico
          </h2>
          <p>
            Este enlace trae «{shareOffer.summary.name}»
            {shareOffer.summary.municipio && <> ({shareOffer.summary.municipio})</>}, con {shareOffer.summary.answered} de{' '}
            {shareOffer.summary.total} preguntas respondidas
            {shareOffer.summary.notApplicable > 0 && <> y {shareOffer.summary.notApplicable} marcadas «No aplica»</>}, con el instrumento propio del
            portal. Puede importarlo como un autodiagnóstico nuevo;
            no cambia los que ya tiene.
          </p>
          {shareOffer.migration && <p>{migrationSentence(shareOffer.migration)}</p>}
          <div class="diagnostic__actions">
            <button type="button" class="button" onClick={acceptShare}>
              Importar como autodiagnóstico nuevo
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setShareOffer(null);
                clearFragment();
              }}
            >
              No importar
            </button>
          </div>
        </section>
      )}

      {view.name === 'list' || !current ? (
        <AssessmentList
          instrument={instrument}
          store={store}
          municipios={municipios}
          preset={preset}
          headingRef={headingRef}
          onCreate={create}
          onOpen={(id) => {
            // Resume at the first question not done yet (or the start, when all are).
            const assessment = store.assessments.find((a) => a.id === id);
            const pending = assessment ? firstPending(instrument, assessment) : null;
            focusIndicator.current = pending?.indicatorId ?? null;
            const dimension = pending?.dimension ?? 0;
            go(
              { name: 'edit', id, dimension },
              pending ? `Cuestionario abierto en la primera pregunta sin responder, dimensión ${dimension + 1}.` : 'Cuestionario abierto. Dimensión 1.',
            );
          }}
          onResults={(id) => go({ name: 'results', id }, 'Resultados.')}
          onRename={(id, name) => setStore(renameAssessment(store, id, name, new Date()))}
          onDuplicate={(id) => {
            setStore(duplicateAssessment(store, id, newId(), new Date()));
            setAnnouncement('Copia creada.');
          }}
          onDelete={(id) => {
            const { store: next, removed, index } = removeAssessment(store, id);
            if (!removed) return;
            setStore(next);
            setNotice({ kind: 'info', text: `Se eliminó «${removed.name}».`, undo: { removed, index } });
          }}
          onImported={addImported}
          onImportError={(error) => setNotice({ kind: 'error', text: error })}
        />
      ) : !workspace ? (
        workspaceFailed ? (
          <div ref={workspaceFailedRef} tabIndex={-1} class="diagnostic__notice diagnostic__notice--error" role="alert">
            <p>{WORKSPACE_FAILED}</p>
            <div class="diagnostic__actions">
              <button type="button" class="button" onClick={() => setWorkspaceAttempt((n) => n + 1)}>
                Intentar de nuevo
              </button>
              <button type="button" class="button button--secondary" onClick={() => go({ name: 'list' }, 'Lista de autodiagnósticos.')}>
                Volver a la lista
              </button>
            </div>
          </div>
        ) : (
          <p class="diagnostic__loading" role="status">
            {view.name === 'edit' ? 'Cargando el cuestionario…' : 'Cargando los resultados…'}
          </p>
        )
      ) : view.name === 'edit' ? (
        <workspace.Questionnaire
          instrument={instrument}
          assessment={current}
          dimension={view.dimension}
          headingRef={headingRef}
          onChange={save}
          onDimension={(index) =>
            go({ name: 'edit', id: current.id, dimension: index }, `Dimensión ${index + 1} de ${instrument.dimensions.length}: ${instrument.dimensions[index].title}.`)
          }
          onResults={() => go({ name: 'results', id: current.id }, 'Resultados del autodiagnóstico.')}
          onList={() => go({ name: 'list' }, 'Lista de autodiagnósticos.')}
        />
      ) : (
        <workspace.Results
          instrument={instrument}
          assessment={current}
          others={store.assessments.filter((a) => a.id !== current.id)}
          headingRef={headingRef}
          announce={setAnnouncement}
          onChange={save}
          origin={origin}
          onEdit={(dimension) => go({ name: 'edit', id: current.id, dimension }, `Dimensión ${dimension + 1}.`)}
          onList={() => go({ name: 'list' }, 'Lista de autodiagnósticos.')}
        />
      )}
    </div>
  );
}

/** Said once when assessments saved in this browser were made with an earlier instrument version. */
function storedMigrationText(migrated: StoredMigration[], version: number): string {
  const copy = 'Se guardó una copia de los datos originales en este navegador.';
  if (migrated.length === 1) return `Se actualizó un autodiagnóstico guardado en este navegador. ${migrationSentence(migrated[0].report, migrated[0].name)} ${copy}`;
  return `Se actualizaron ${migrated.length} autodiagnósticos guardados en este navegador a la versión ${version} del instrumento. ${copy}`;
}

/** Drops the share fragment from the address bar, so a reload does not offer it again. */
function clearFragment() {
  if (hasShareParam(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}
