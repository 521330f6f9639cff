// "Import…": a button that opens the file picker of a hidden file input, shared by both tabs.
import { useRef } from "preact/hooks";

export interface ImportButtonProps {
  /** The button's class (tests and styles tell the tabs' buttons apart by it) and the input's id. */
  class: string;
  inputId: string;
  label: string;
  disabled: boolean;
  onImport: (file: File) => void;
}

export function ImportButton({ class: className, inputId, label, disabled, onImport }: ImportButtonProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={className} disabled={disabled} onClick={() => fileInput.current?.click()}>
        {label}
      </button>
      <input
        ref={fileInput}
        id={inputId}
        class="sr-only"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again is a change too.
          event.currentTarget.value = "";
          if (file) onImport(file);
        }}
      />
    </>
  );
}
