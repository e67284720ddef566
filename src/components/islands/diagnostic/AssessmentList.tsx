/** The assessments kept on this device: open, see results, rename, duplicate, delete; start a new one; import a file. */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../../lib/diagnostic/instrument.ts';
import { defaultName, MONTH, monthOf, NAME_MAX, progress, type Assessment } from '../../../lib/diagnostic/assessment.ts';
import { scoreAssessment } from '../../../lib/diagnostic/scoring.ts';
import type { Store } from '../../../lib/diagnostic/store.ts';
import type { MigrationReport } from '../../../lib/diagnostic/migrate.ts';
import { dateText, levelText, MONTH_PATTERN, scoreText } from './labels.ts';
import FilePicker from './FilePicker.tsx';

/** A municipio the new assessment can be for (the page passes the list). */
export interface MunicipioOption {
  id: string;
  title: string;
}

export interface NewAssessmentInput {
  name: string;
  municipio: string;
  team: string;
  /** "2026-03". */
  asOf: string;
}

interface Props {
  instrument: Instrument;
  store: Store;
  municipios: MunicipioOption[];
  /** A municipio to start with (from ?municipio= on a municipio page's link). */
  preset: string;
  headingRef: RefObject<HTMLHeadingElement>;
  onCreate: (input: NewAssessmentInput) => void;
  onOpen: (id: string) => void;
  onResults: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onImported: (assessment: Omit<Assessment, 'id'>, message: string, migration: MigrationReport | null) => void;
  onImportError: (error: string) => void;
}

const OTHER = '__otro__';

const IMPORT_NOT_LOADED = 'No se pudo abrir el archivo: revise la conexión y vuelva a elegirlo.';

export default function AssessmentList(props: Props) {
  const { instrument, store, headingRef } = props;
  const sorted = [...store.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const current = store.assessments.find((a) => a.id === store.currentId);
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1}>
        Sus autodiagnósticos
      </h2>
      {current && (
        <p class="diagnostic__resume">
          <button type="button" class="button" onClick={() => props.onOpen(current.id)}>
            Continuar «{current.name}»
          </button>
        </p>
      )}
      {sorted.length === 0 ? (
        <p>Todavía no hay autodiagnósticos en este navegador. Empiece uno nuevo o importe un archivo que le haya enviado su equipo.</p>
      ) : (
        <ul class="diagnostic__list">
          {sorted.map((assessment) => (
            <AssessmentItem key={assessment.id} assessment={assessment} {...props} />
          ))}
        </ul>
      )}
      <NewAssessmentForm municipios={props.municipios} preset={props.preset} onCreate={props.onCreate} startOpen={sorted.length === 0 || props.preset !== ''} />
      <ImportForm instrument={instrument} onImported={props.onImported} onImportError={props.onImportError} />
    </div>
  );
}

function AssessmentItem({ assessment, instrument, onOpen, onResults, onRename, onDuplicate, onDelete }: Props & { assessment: Assessment }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [name, setName] = useState(assessment.name);
  const { answered, total } = progress(instrument, assessment);
  const score = scoreAssessment(instrument, assessment);
  const nameId = `nombre-${assessment.id}`;
  return (
    <li class="diagnostic__item">
      <h3 id={nameId}>{assessment.name}</h3>
      <p class="diagnostic__meta">
        {assessment.municipio && <>{assessment.municipio} · </>}Actualizado el {dateText(assessment.updatedAt)} · {answered} de {total} preguntas ·
        Puntaje general: {scoreText(score.overall)} ({levelText(score.overallLevel)})
      </p>
      {mode === 'rename' ? (
        <form
          class="diagnostic__inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            onRename(assessment.id, name);
            setMode('view');
          }}
        >
          <label for={`renombrar-${assessment.id}`}>Nuevo nombre</label>
          <input id={`renombrar-${assessment.id}`} value={name} maxLength={NAME_MAX} required onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button">
            Guardar nombre
          </button>
          <button type="button" class="button button--secondary" onClick={() => setMode('view')}>
            Cancelar
          </button>
        </form>
      ) : mode === 'confirm' ? (
        <div class="diagnostic__confirm" role="group" aria-labelledby={`confirmar-${assessment.id}`}>
          <p id={`confirmar-${assessment.id}`}>¿Eliminar «{assessment.name}» de este navegador? Podrá deshacerlo justo después.</p>
          <button type="button" class="button button--danger" onClick={() => onDelete(assessment.id)}>
            Sí, eliminar
          </button>
          <button type="button" class="button button--secondary" onClick={() => setMode('view')}>
            Cancelar
          </button>
        </div>
      ) : (
        <div class="diagnostic__actions" role="group" aria-labelledby={nameId}>
          <button type="button" class="button" onClick={() => onOpen(assessment.id)}>
            Responder
          </button>
          <button type="button" class="button button--secondary" onClick={() => onResults(assessment.id)}>
            Ver resultados
          </button>
          <button type="button" class="button button--secondary" onClick={() => setMode('rename')}>
            Cambiar nombre
          </button>
          <button type="button" class="button button--secondary" onClick={() => onDuplicate(assessment.id)}>
            Duplicar
          </button>
          <button type="button" class="button button--secondary" onClick={() => setMode('confirm')}>
            Eliminar
          </button>
        </div>
      )}
    </li>
  );
}

function NewAssessmentForm({ municipios, preset, onCreate, startOpen }: Pick<Props, 'municipios' | 'preset' | 'onCreate'> & { startOpen: boolean }) {
  const known = municipios.some((m) => m.title === preset);
  const [choice, setChoice] = useState(preset === '' ? '' : known ? preset : OTHER);
  const [other, setOther] = useState(known ? '' : preset);
  const [team, setTeam] = useState('');
  const [asOf, setAsOf] = useState(() => monthOf(new Date()));
  const municipio = choice === OTHER ? other.trim() : choice;
  // Named after the month the assessment describes, as chosen below (this month until then).
  const suggested = defaultName(municipio, MONTH.test(asOf) ? new Date(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)) - 1, 1) : new Date());
  const [name, setName] = useState('');
  return (
    <details class="diagnostic__new" open={startOpen}>
      <summary>Empezar un autodiagnóstico nuevo</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onCreate({ name: name.trim() || suggested, municipio, team, asOf });
        }}
      >
        <div class="field">
          <label for="nuevo-municipio">Municipio</label>
          <select id="nuevo-municipio" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">Elija un municipio</option>
            {municipios.map((m) => (
              <option key={m.id} value={m.title}>
                {m.title}
              </option>
            ))}
            <option value={OTHER}>Otro municipio</option>
          </select>
        </div>
        {choice === OTHER && (
          <div class="field">
            <label for="nuevo-otro">Nombre del municipio</label>
            <input id="nuevo-otro" value={other} maxLength={NAME_MAX} onInput={(e) => setOther(e.currentTarget.value)} />
          </div>
        )}
        <div class="field">
          <label for="nuevo-nombre">Nombre del autodiagnóstico</label>
          <input
            id="nuevo-nombre"
            value={name}
            placeholder={suggested}
            maxLength={NAME_MAX}
            aria-describedby="nuevo-nombre-ayuda"
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p id="nuevo-nombre-ayuda" class="field__hint">
            Si lo deja vacío, se llamará «{suggested}».
          </p>
        </div>
        <div class="field">
          <label for="nuevo-equipo">Equipo que responde (opcional)</label>
          <input
            id="nuevo-equipo"
            value={team}
            maxLength={NAME_MAX}
            aria-describedby="nuevo-equipo-ayuda"
            onInput={(e) => setTeam(e.currentTarget.value)}
          />
          <p id="nuevo-equipo-ayuda" class="field__hint">
            Nombres y áreas de quienes forman el Grupo de Enlace Territorial (GET); el informe para el concejo los muestra.
          </p>
        </div>
        <div class="field">
          <label for="nuevo-mes">Situación que describe (mes y año)</label>
          <input
            id="nuevo-mes"
            type="month"
            value={asOf}
            required
            aria-describedby="nuevo-mes-ayuda"
            pattern={MONTH_PATTERN}
            placeholder="2026-03"
            onInput={(e) => setAsOf(e.currentTarget.value)}
          />
          <p id="nuevo-mes-ayuda" class="field__hint">
            El mes de la situación del GAD que se evalúa. Las comparaciones van del mes más antiguo al más reciente.
          </p>
        </div>
        <button type="submit" class="button">
          Empezar
        </button>
      </form>
    </details>
  );
}

function ImportForm({ instrument, onImported, onImportError }: Pick<Props, 'instrument' | 'onImported' | 'onImportError'>) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // The code that reads files is loaded when one is chosen, not with the page.
    let exchange: typeof import('../../../lib/diagnostic/exchange.ts');
    try {
      exchange = await import('../../../lib/diagnostic/exchange.ts');
    } catch {
      input.value = '';
      onImportError(IMPORT_NOT_LOADED);
      return;
    }
    const { IMPORT_MAX_BYTES, parseImport } = exchange;
    // A huge file is refused before it is read into memory.
    const text = file.size > IMPORT_MAX_BYTES ? '' : await file.text();
    const result = parseImport(text, instrument, file.size);
    input.value = '';
    if (result.ok) onImported(result.assessment, result.message, result.migration);
    else onImportError(result.error);
  };
  return (
    <div class="field diagnostic__import">
      <FilePicker
        id="importar-archivo"
        label="Importar un archivo JSON exportado desde esta herramienta"
        button="Elegir un archivo"
        inputRef={fileInput}
        onChange={(input) => void importFile(input)}
      />
    </div>
  );
}
