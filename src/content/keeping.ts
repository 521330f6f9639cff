// What the tooltip asks the background about the reader's keeping (docs/keeping.md): tags in use (for
// suggestions) and what was saved about a name. Answers are cached per page and dropped whenever a
// highlight changes; a missing answer is asked for once and `onChange` redraws when it arrives.
import type { AboutAnswer } from "../core/highlights/name-index";
import { sendToBackground } from "../platform/messages";
import { onPageHighlightsChanged } from "../platform/storage-notice";

export interface AboutView {
  entity: string;
  answer: AboutAnswer;
}

export class KeepingLookups {
  private tags: string[] | null = null;
  private readonly names = new Map<string, AboutAnswer | "asking">();
  private readonly stop: () => void;

  constructor(private readonly onChange: () => void) {
    this.stop = onPageHighlightsChanged(null, () => {
      this.tags = null;
      this.names.clear();
    });
  }

  /** Tags in use, the most used first; empty until the first answer. */
  suggestions(): string[] {
    if (this.tags === null) {
      this.tags = [];
      sendToBackground({ type: "randnotiz:tag-counts" })
        .then((counts) => {
          this.tags = counts.map((c) => c.tag);
          if (this.tags.length) this.onChange();
        })
        .catch(() => {
          this.tags = null;
        });
    }
    return this.tags;
  }

  /** What was saved about `entity`, or null while asking or when nothing was. */
  about(entity: string): AboutView | null {
    const known = this.names.get(entity);
    if (known === undefined) {
      this.names.set(entity, "asking");
      sendToBackground({ type: "randnotiz:about-name", entity })
        .then((answer) => {
          this.names.set(entity, answer);
          if (answer.count > 0) this.onChange();
        })
        .catch(() => this.names.delete(entity));
      return null;
    }
    if (known === "asking" || known.count === 0) return null;
    return { entity, answer: known };
  }

  destroy(): void {
    this.stop();
  }
}
