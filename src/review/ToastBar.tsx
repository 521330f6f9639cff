// The toast under a tab's list ("Deleted …", Undo, ×), shared by both tabs. A toast that offers Undo takes
// the focus, so a keyboard reader can undo at once; Escape dismisses it.
import { useEffect, useRef } from "preact/hooks";
import type { Translate } from "../ui/i18n";
import type { Toast } from "./model";

export interface ToastBarProps {
  t: Translate;
  toast: Toast | null;
  onUndo: () => void;
  onDismiss: () => void;
}

export function ToastBar({ t, toast, onUndo, onDismiss }: ToastBarProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toast?.undo) undoButton.current?.focus();
  }, [toast?.id, toast?.undo]);
  if (!toast) return null;
  const keys = (event: KeyboardEvent) => {
    if (event.key === "Escape") onDismiss();
  };
  return (
    <div class="toast" data-toast={toast.id}>
      <output>{toast.text}</output>
      {toast.undo ? (
        <button type="button" class="undo" ref={undoButton} onClick={onUndo} onKeyDown={keys}>
          {t("reviewUndo")}
        </button>
      ) : null}
      <button
        type="button"
        class="dismiss"
        aria-label={t("reviewDismiss")}
        onClick={onDismiss}
        onKeyDown={keys}
      >
        ×
      </button>
    </div>
  );
}
