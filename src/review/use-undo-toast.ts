// The toast after a deletion and its Undo, shared by both review tabs: what undo needs is kept until the
// toast times out or is dismissed, and a failed undo closes the toast and reports through onError.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Toast } from "./model";

const UNDO_MS = 8000;
const RESTORED_MS = 3000;

export interface UndoToast<T> {
  toast: Toast | null;
  /** After a deletion: keeps `value` for undo and shows `text` with an Undo button. */
  offer(value: T, text: string): void;
  /**
   * Undoes with the kept value; `restoredText` is shown on success, `onError` gets a failure. A restore
   * that resolves to false has told the reader itself (it found newer data): the toast just closes.
   */
  undo(
    restore: (value: T) => Promise<unknown>,
    restoredText: string,
    onError: (error: unknown) => void,
  ): Promise<void>;
  dismiss(): void;
}

export function useUndoToast<T>(): UndoToast<T> {
  const [toast, setToast] = useState<Toast | null>(null);
  const kept = useRef<T | null>(null);
  const timer = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (text: string, undo: boolean, ms: number) => {
    clearTimeout(timer.current);
    setToast({ id: Date.now(), text, undo });
    timer.current = window.setTimeout(() => {
      kept.current = null;
      setToast(null);
    }, ms);
  };

  return {
    toast,
    offer(value, text) {
      kept.current = value;
      show(text, true, UNDO_MS);
    },
    async undo(restore, restoredText, onError) {
      const value = kept.current;
      kept.current = null;
      if (value === null) return;
      try {
        if ((await restore(value)) === false) {
          clearTimeout(timer.current);
          setToast(null);
        } else show(restoredText, false, RESTORED_MS);
      } catch (error) {
        clearTimeout(timer.current);
        setToast(null);
        onError(error);
      }
    },
    dismiss() {
      clearTimeout(timer.current);
      kept.current = null;
      setToast(null);
    },
  };
}
