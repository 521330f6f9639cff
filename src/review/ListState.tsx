// What a tab shows instead of its list: a load error, loading, nothing saved yet, or nothing matching.
// Shared by the highlights and entries tabs; null when there is a list to show.
import type { ComponentChildren } from "preact";

export interface ListStateTexts {
  loadError: (error: string) => string;
  loading: string;
  empty: string;
  emptyHint: string;
  noMatch: string;
}

export interface ListStateProps {
  loadError: string | null | undefined;
  loaded: boolean;
  total: number;
  shown: number;
  texts: ListStateTexts;
  /** Under "nothing matching": a way out, such as clearing the filters. */
  noMatchAction?: ComponentChildren;
}

export function listState({ loadError, loaded, total, shown, texts, noMatchAction }: ListStateProps) {
  if (loadError) {
    return (
      <p class="state error" data-state="error" role="alert">
        {texts.loadError(loadError)}
      </p>
    );
  }
  if (!loaded) {
    return (
      <p class="state" data-state="loading">
        {texts.loading}
      </p>
    );
  }
  if (total === 0) {
    return (
      <div class="state" data-state="empty">
        <p>{texts.empty}</p>
        <p class="hint">{texts.emptyHint}</p>
      </div>
    );
  }
  if (shown === 0) {
    return (
      <div class="state" data-state="no-match">
        <p>{texts.noMatch}</p>
        {noMatchAction}
      </div>
    );
  }
  return null;
}
