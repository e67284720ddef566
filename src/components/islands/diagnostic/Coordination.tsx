/**
 * The coordinators' view: several municipalities' exported files and share links, read in this
 * browser, shown side by side. It renders state only; reading, scoring and the CSV are in
 * src/lib/diagnostic/coordination.ts. Nothing is saved (not even in localStorage) or sent: closing
 * the page empties the view, and the main diagnostic's saved assessments are never touched.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../../lib/diagnostic/instrument.ts';
import { monthText } from '../../../lib/diagnostic/assessment.ts';
import { IMPORT_MAX_BYTES } from '../../../lib/diagnostic/exchange.ts';
import {
  addToView,
  ascendingLevels,
  coordinationCsv,
  coordinationRows,
  emptyView,
  fileSource,
  frequentGaps,
  latestPerMunicipality,
  levelDistribution,
  municipalityOf,
  percent,
  readExportFile,
  readShareLinks,
  removeFromView,
  type AddResult,
  type CoordinationRow,
  type CoordinationView,
  type LoadOutcome,
  type SortOrder,
} from '../../../lib/diagnostic/coordination.ts';
import { formatNumber } from '../../../lib/format.ts';
import { download } from './browser.ts';
import { countText, dimensionScoreText, levelText, scoreText } from './labels.ts';
import FilePicker from './FilePicker.tsx';
import './coordination.css';

interface Props {
  instrument: Instrument;
}

type Report = Omit<AddResult, 'view'>;

/** Reads the chosen or dropped files one by one; a file that cannot be read is one error, never the end. */
async function readFiles(files: readonly File[], instrument: Instrument): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  for (const file of files) {
    try {
      // A huge file is refused before it is read into memory.
      const text = file.size > IMPORT_MAX_BYTES ? '' : await file.text();
      outcomes.push(readExportFile(text, file.size, file.name, instrument));
    } catch {
      outcomes.push({ kind: 'error', source: fileSource(file.name), message: 'El navegador no pudo leer el archivo.' });
    }
  }
  return outcomes;
}

function reportText(report: Report): string {
  const parts: string[] = [];
  parts.push(report.added === 0 ? 'No se agregó ningún autodiagnóstico.' : `Se ${report.added === 1 ? 'agregó 1 autodiagnóstico' : `agregaron ${report.added} autodiagnósticos`} a la vista.`);
  const repeated = report.repeated.length;
  if (repeated > 0) parts.push(`${repeated === 1 ? '1 ya estaba en la vista y no se repitió' : `${repeated} ya estaban en la vista y no se repitieron`}: ${report.repeated.join(', ')}.`);
  if (report.newer > 0) parts.push(`${countText(report.newer, 'se hizo', 'se hicieron')} con una versión más nueva del instrumento y no se cuenta (vea la lista).`);
  if (report.errors.length > 0) parts.push(`${countText(report.errors.length, 'no se pudo agregar', 'no se pudieron agregar')}:`);
  return parts.join(' ');
}

export default function Coordination({ instrument }: Props) {
  const [view, setView] = useState<CoordinationView>(emptyView);
  const viewRef = useRef(view);
  const [report, setReport] = useState<Report | null>(null);
  const [links, setLinks] = useState('');
  const [order, setOrder] = useState<SortOrder>('municipio');
  const [dragging, setDragging] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  /** Said in the status region after a removal (a load says its report there instead). */
  const [announcement, setAnnouncement] = useState('');
  const openHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  // The page's HTML shows the inputs before the island starts (it starts when the browser is idle):
  // until then they are disabled, so nothing chosen or pasted is lost when the island takes over.
  const [started, setStarted] = useState(false);
  useEffect(() => setStarted(true), []);

  function add(outcomes: LoadOutcome[]) {
    const result = addToView(viewRef.current, outcomes);
    viewRef.current = result.view;
    setView(result.view);
    const { view: _view, ...rest } = result;
    setReport(rest);
    setAnnouncement('');
    return rest;
  }

  /** Replaces the view after a removal, says what happened, and puts focus where the removed control was. */
  function replaceView(next: CoordinationView, said: string) {
    viewRef.current = next;
    setView(next);
    setReport(null);
    setAnnouncement(said);
    // The button pressed is gone: focus goes to the list's heading, or to «Abrir» when the list is gone too.
    setTimeout(() => (next.included.length > 0 ? listHeading : openHeading).current?.focus());
  }

  function remove(key: string) {
    const removed = viewRef.current.included.find((entry) => entry.key === key);
    if (removed) replaceView(removeFromView(viewRef.current, key), `Se quitó «${removed.assessment.name}» de la vista.`);
  }

  async function addFiles(files: readonly File[]) {
    if (files.length > 0) add(await readFiles(files, instrument));
  }

  /** Takes the files from the input (and empties it, so choosing the same file again is a change). */
  function takeFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = '';
    void addFiles(files);
  }

  const fileInput = useRef<HTMLInputElement>(null);
  // Files chosen while the page was still loading, before this island listened for them.
  useEffect(() => {
    if (fileInput.current?.files?.length) takeFiles(fileInput.current);
  }, []);

  const rows = coordinationRows(instrument, view, order);
  const counted = latestPerMunicipality(rows, (row) => row.entry.assessment);
  const dimensions = rows[0]?.score.dimensions.map((score) => score.dimension) ?? [];

  return (
    <div class="coordination">
      <section class="coordination__load no-print" aria-labelledby="abrir">
        <h2 id="abrir" ref={openHeading} tabIndex={-1}>
          Abrir autodiagnósticos
        </h2>
        <div
          class={`coordination__drop${dragging ? ' coordination__drop--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void addFiles([...(event.dataTransfer?.files ?? [])]);
          }}
        >
          <FilePicker
            id="coordinacion-archivos"
            label="Archivos JSON exportados desde el autodiagnóstico (puede elegir varios)"
            button="Elegir archivos"
            hintId="coordinacion-archivos-ayuda"
            multiple
            inputRef={fileInput}
            disabled={!started}
            onChange={takeFiles}
          />
          <p id="coordinacion-archivos-ayuda" class="coordination__hint">
            También puede arrastrar los archivos a este recuadro. Cada archivo es el autodiagnóstico de un municipio.
          </p>
        </div>
        <form
          class="coordination__links"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = add(await readShareLinks(links, instrument));
            if (result.errors.length === 0) setLinks('');
          }}
        >
          <label for="coordinacion-enlaces">Enlaces para compartir, uno por línea</label>
          <textarea id="coordinacion-enlaces" rows={4} value={links} disabled={!started} aria-describedby="coordinacion-enlaces-ayuda" onInput={(event) => setLinks(event.currentTarget.value)} />
          <p id="coordinacion-enlaces-ayuda" class="coordination__hint">
            Pegue los enlaces que le enviaron los equipos (los que contienen «#compartir=»).
          </p>
          <button type="submit" class="button" disabled={links.trim() === ''}>
            Agregar los enlaces
          </button>
        </form>
      </section>

      <div class="coordination__report no-print" role="status">
        {announcement && <p>{announcement}</p>}
        {report && (
          <>
            <p>{reportText(report)}</p>
            {report.errors.length > 0 && (
              <ul class="coordination__errors">
                {report.errors.map((error, index) => (
                  <li key={index}>
                    <strong>{error.source}</strong>: {error.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>

      {view.newer.length > 0 && (
        <section class="coordination__newer" aria-labelledby="no-incluidos">
          <h2 id="no-incluidos">No incluidos: hechos con una versión más nueva del instrumento</h2>
          <p>
            Este portal usa la versión {instrument.version} del instrumento. Estos autodiagnósticos se hicieron con una versión posterior y no se
            pueden leer bien aquí: no están en la tabla ni en los totales. Recargue la página más tarde para usar la versión más reciente.
          </p>
          <ul>
            {view.newer.map((entry, index) => (
              <li key={index}>
                {entry.source}: {entry.municipio || entry.name}, situación a {monthText(entry.asOf)}, versión {entry.instrumentVersion}
              </li>
            ))}
          </ul>
        </section>
      )}

      {rows.length === 0 ? (
        <p class="coordination__empty">Todavía no hay autodiagnósticos en la vista.</p>
      ) : (
        <>
          <section aria-labelledby="en-la-vista">
            <h2 id="en-la-vista" ref={listHeading} tabIndex={-1}>
              Autodiagnósticos en la vista
            </h2>
            <p>
              {countText(rows.length, 'autodiagnóstico', 'autodiagnósticos')} de {countText(counted.length, 'municipio', 'municipios')}.
              {counted.length < rows.length && ' Los totales cuentan cada municipio una vez, con su periodo más reciente.'}
            </p>
            <ul class="coordination__list">
              {rows.map(({ entry }) => (
                <li key={entry.key}>
                  <span>
                    <strong>{municipalityOf(entry.assessment)}</strong> · {entry.assessment.name} · situación a {monthText(entry.assessment.asOf)} ·{' '}
                    {entry.source}
                    {entry.migratedFrom !== null && (
                      <>
                        {' '}
                        · <MigratedNote migratedFrom={entry.migratedFrom} dropped={entry.dropped} />
                      </>
                    )}
                  </span>
                  <button type="button" class="button button--secondary coordination__remove no-print" aria-label={`Quitar «${entry.assessment.name}» de la vista`} onClick={() => remove(entry.key)}>
                    Quitar
                  </button>
                </li>
              ))}
            </ul>
            <div class="coordination__actions no-print">
              <button
                type="button"
                class="button"
                onClick={() => download(`autodiagnosticos-municipios-${new Date().toISOString().slice(0, 10)}.csv`, coordinationCsv(instrument, rows), 'text/csv;charset=utf-8')}
              >
                Descargar CSV (todos los municipios)
              </button>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>
                Imprimir
              </button>
              {confirmClear ? (
                <span class="coordination__confirm" role="group" aria-labelledby="vaciar-pregunta">
                  <span id="vaciar-pregunta">¿Quitar todo de la vista? Sus archivos no se borran.</span>
                  <button
                    type="button"
                    class="button"
                    onClick={() => {
                      setConfirmClear(false);
                      replaceView(emptyView(), 'Se vació la vista.');
                    }}
                  >
                    Sí, vaciar
                  </button>
                  <button type="button" class="button button--secondary" onClick={() => setConfirmClear(false)}>
                    Cancelar
                  </button>
                </span>
              ) : (
                <button type="button" class="button button--secondary" onClick={() => setConfirmClear(true)}>
                  Vaciar la vista
                </button>
              )}
            </div>
          </section>

          <ScoreTable rows={rows} dimensions={dimensions} order={order} onOrder={setOrder} />
          <Distribution instrument={instrument} rows={counted} />
          <Gaps instrument={instrument} rows={counted} />
          <EvidenceTable rows={rows} />
        </>
      )}
    </div>
  );
}

function MigratedNote({ migratedFrom, dropped }: { migratedFrom: number; dropped: number }) {
  return (
    <span class="coordination__migrated">
      migrado de la versión {migratedFrom}
      {dropped > 0 && ` (${countText(dropped, 'respuesta a una pregunta que ya no existe quedó fuera', 'respuestas a preguntas que ya no existen quedaron fuera')})`}
    </span>
  );
}

/** A wide table in a region that scrolls by itself, with a visible hint while it does not fit. */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const hintId = `${labelledBy}-desliza`;
  return (
    <>
      {overflows && (
        <p id={hintId} class="coordination__scroll-hint no-print">
          <span aria-hidden="true">↔</span> La tabla es más ancha que la pantalla: deslícela hacia los lados para ver todas las columnas.
        </p>
      )}
      <div ref={ref} class="table-wrap coordination__scroll" role="region" aria-labelledby={labelledBy} aria-describedby={overflows ? hintId : undefined} tabindex={0}>
        {children}
      </div>
    </>
  );
}

function ScoreTable({ rows, dimensions, order, onOrder }: { rows: CoordinationRow[]; dimensions: CoordinationRow['score']['dimensions'][number]['dimension'][]; order: SortOrder; onOrder: (order: SortOrder) => void }) {
  return (
    <section class="coordination__scores-section" aria-labelledby="puntajes">
      <h2 id="puntajes">Puntajes por municipio y dimensión</h2>
      <p>
        Puntaje de 0 a 100 y nivel de cada dimensión, como los calcula el autodiagnóstico. La columna «Situación a» dice el mes que describe cada
        uno.
      </p>
      <div class="coordination__order no-print">
        <label for="coordinacion-orden">Ordenar por</label>
        <select id="coordinacion-orden" value={order} onChange={(event) => onOrder(event.currentTarget.value as SortOrder)}>
          <option value="municipio">Municipio (A a Z)</option>
          <option value="periodo">Periodo (del más antiguo al más reciente)</option>
        </select>
      </div>
      <ScrollRegion labelledBy="tabla-municipios">
        <table class="coordination__table coordination__scores">
          <caption id="tabla-municipios">Puntaje y nivel por municipio y dimensión (0 a 100)</caption>
          <thead>
            <tr>
              <th scope="col">Municipio</th>
              <th scope="col">Situación a</th>
              <th scope="col" class="number">
                Puntaje general
              </th>
              {dimensions.map((dimension, index) => (
                <th key={dimension.id} scope="col" class="number">
                  {index + 1}. {dimension.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, score }) => (
              <tr key={entry.key}>
                <th scope="row">
                  {municipalityOf(entry.assessment)}{' '}
                  <span class="coordination__sub">{entry.assessment.name}</span>{' '}
                  {entry.migratedFrom !== null && <span class="coordination__sub">migrado de la versión {entry.migratedFrom}</span>}
                </th>
                <td>{monthText(entry.assessment.asOf)}</td>
                <td class="number">
                  <strong>{scoreText(score.overall)}</strong>{' '}
                  {score.overallLevel && <span class="coordination__sub">{levelText(score.overallLevel)}</span>}
                </td>
                {score.dimensions.map((dimension) => (
                  <td key={dimension.dimension.id} class="number">
                    {dimensionScoreText(dimension)}{' '}
                    {dimension.level && <span class="coordination__sub">{levelText(dimension.level)}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function Distribution({ instrument, rows }: { instrument: Instrument; rows: CoordinationRow[] }) {
  const levels = ascendingLevels(instrument);
  const distribution = levelDistribution(instrument, rows);
  return (
    <section aria-labelledby="niveles">
      <h2 id="niveles">Cuántos municipios hay en cada nivel</h2>
      <p>
        Por dimensión, cuántos de los {countText(rows.length, 'municipio', 'municipios')} están en cada nivel. «Sin datos»: la dimensión no tiene
        respuestas suficientes para un puntaje.
      </p>
      <ScrollRegion labelledBy="tabla-niveles">
        <table class="coordination__table">
          <caption id="tabla-niveles">Municipios por nivel en cada dimensión</caption>
          <thead>
            <tr>
              <th scope="col">Dimensión</th>
              {levels.map((level) => (
                <th key={level.id} scope="col" class="number">
                  {level.label}
                </th>
              ))}
              <th scope="col" class="number">
                Sin datos
              </th>
            </tr>
          </thead>
          <tbody>
            {distribution.map((row, index) => (
              <tr key={row.dimension?.id ?? 'general'} class={row.dimension ? undefined : 'coordination__total'}>
                <th scope="row">{row.dimension ? `${index + 1}. ${row.dimension.title}` : 'Puntaje general'}</th>
                {row.counts.map(({ level, count }) => (
                  <td key={level.id} class="number">
                    {formatNumber(count)}
                  </td>
                ))}
                <td class="number">{formatNumber(row.noData)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function Gaps({ instrument, rows }: { instrument: Instrument; rows: CoordinationRow[] }) {
  const gaps = frequentGaps(
    instrument,
    rows.map((row) => row.entry.assessment),
  );
  return (
    <section aria-labelledby="brechas">
      <h2 id="brechas">Brechas más frecuentes</h2>
      {gaps.length === 0 ? (
        <p>Ningún municipio respondió «No» ni «Parcial»: no hay brechas que mostrar.</p>
      ) : (
        <>
          <p>
            Las preguntas que más municipios respondieron «No» o «Parcial», con la acción y los materiales del portal que ayudan a cerrarlas. Sirven
            para planear apoyo común, como una capacitación para varios GAD.
          </p>
          <ol class="coordination__gaps">
            {gaps.map((gap) => (
              <li key={gap.indicator.id}>
                <h3>{gap.indicator.short}</h3>
                <p class="coordination__sub">{gap.dimension.title}</p>
                <p>
                  «No» en {formatNumber(gap.no)} y «Parcial» en {formatNumber(gap.partial)} de {countText(gap.of, 'municipio', 'municipios')}
                  {gap.pending > 0 && `; sin responder en ${formatNumber(gap.pending)}`}.
                </p>
                <p>
                  <strong>Acción:</strong> {gap.indicator.action}
                </p>
                <p>{gap.indicator.recommendation}</p>
                {gap.indicator.resources.length > 0 && (
                  <ul class="coordination__resources">
                    {gap.indicator.resources.map((resource) => (
                      <li key={resource.href}>
                        <a href={resource.href}>{resource.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function EvidenceTable({ rows }: { rows: CoordinationRow[] }) {
  return (
    <section aria-labelledby="evidencia">
      <h2 id="evidencia">Calidad de la evidencia</h2>
      <p>
        Cuántas respuestas llevan una nota de evidencia y cuántas son «No aplica». Pocas notas o muchas «No aplica» piden revisar las respuestas
        con el equipo del GAD antes de sacar conclusiones.
      </p>
      <ScrollRegion labelledBy="tabla-evidencia">
        <table class="coordination__table">
          <caption id="tabla-evidencia">Respuestas, notas de evidencia y «No aplica» por municipio</caption>
          <thead>
            <tr>
              <th scope="col">Municipio</th>
              <th scope="col">Situación a</th>
              <th scope="col" class="number">
                Respondidas
              </th>
              <th scope="col" class="number">
                Con nota de evidencia
              </th>
              <th scope="col" class="number">
                «No aplica»
              </th>
              <th scope="col" class="number">
                Sin responder
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, quality }) => {
              const given = quality.answered + quality.notApplicable;
              return (
                <tr key={entry.key}>
                  <th scope="row">{municipalityOf(entry.assessment)}</th>
                  <td>{monthText(entry.assessment.asOf)}</td>
                  <td class="number">
                    {formatNumber(quality.answered)} de {formatNumber(quality.total)}
                  </td>
                  <td class="number">
                    {formatNumber(quality.withNote)} de {formatNumber(given)} ({formatNumber(percent(quality.withNote, given))} %)
                  </td>
                  <td class="number">
                    {formatNumber(quality.notApplicable)} ({formatNumber(percent(quality.notApplicable, quality.total))} %)
                    {quality.notApplicableWithoutReason > 0 && <span class="coordination__sub">{formatNumber(quality.notApplicableWithoutReason)} sin motivo</span>}
                  </td>
                  <td class="number">{formatNumber(quality.pending)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
