/**
 * Choosing JSON files, in the page's Spanish: a button «Elegir…» that opens the browser's file dialog,
 * named by the text above it. The browser's own file input writes its button and «No file chosen» in the
 * language of the browser's interface, and looks like nothing else on the page; here it stays hidden and
 * only receives the files. The islands read and then empty it, so it never has a file to show.
 */
import type { RefObject } from 'preact';

interface Props {
  /** The hidden input's id (the tests and the drop zone find it by its label). */
  id: string;
  /** What to choose: shown above the button, it names the input and describes the button. */
  label: string;
  /** The button's text: «Elegir archivos», «Elegir un archivo». */
  button: string;
  /** The id of a hint below, read with the button. */
  hintId?: string;
  multiple?: boolean;
  disabled?: boolean;
  inputRef: RefObject<HTMLInputElement>;
  onChange: (input: HTMLInputElement) => void;
}

export default function FilePicker({ id, label, button, hintId, multiple = false, disabled = false, inputRef, onChange }: Props) {
  const labelId = `${id}-etiqueta`;
  return (
    <>
      <p id={labelId} class="file-picker__label">
        {label}
      </p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple={multiple}
        hidden
        aria-labelledby={labelId}
        ref={inputRef}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget)}
      />
      <button
        type="button"
        class="button button--secondary"
        aria-describedby={hintId ? `${labelId} ${hintId}` : labelId}
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
      >
        {button}
      </button>
    </>
  );
}
