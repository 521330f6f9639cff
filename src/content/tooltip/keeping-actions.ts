// The tooltip's keeping buttons on a saved highlight: colour, tags, Copy link and the name's timeline
// (docs/keeping.md). They only write through SavedHighlights and the background, then ask the
// controller to redraw, so they live apart from the controller's open/close logic.
import { tagKey } from "../../core/highlights/keeping";
import { sendToBackground } from "../../platform/messages";
import { loadTagColours } from "../../platform/tags";
import type { Translate } from "../../ui/i18n";
import type { Mark } from "../marks";
import type { SavedHighlights } from "../saved";
import { type Extra, errorText } from "./content-of";
import type { TooltipActions } from "./types";

export interface KeepingContext {
  saved: SavedHighlights;
  copy(text: string): Promise<void>;
  redraw(extra: Extra): void;
  describe(error: unknown): string;
  t: Translate;
}

type KeepingActions = Pick<TooltipActions, "setColour" | "setTags" | "copyLink" | "openTimeline">;

export function keepingActions(ctx: KeepingContext): KeepingActions {
  return {
    setColour: (id, colour) => {
      ctx.saved.setColour(id, colour).then(
        () => ctx.redraw({}),
        (error) => ctx.redraw({ error: ctx.describe(error) }),
      );
    },
    setTags: (id, tags) => {
      void setTags(ctx, id, tags);
    },
    copyLink: (id) => {
      void copyLink(ctx, id);
    },
    openTimeline: (entity) => {
      sendToBackground({ type: "randnotiz:open-timeline", entity }).catch((error) =>
        ctx.redraw({ error: errorText(error) }),
      );
    },
  };
}

async function copyLink(ctx: KeepingContext, id: string): Promise<void> {
  try {
    const link = await ctx.saved.link(id);
    if (!link) return;
    await ctx.copy(link);
    ctx.redraw({ copied: link });
  } catch (error) {
    ctx.redraw({ error: ctx.t("tooltipCopyFailed", errorText(error)) });
  }
}

/** New tags; a highlight still yellow by default takes the colour the first new tag carries. */
async function setTags(ctx: KeepingContext, id: string, tags: string[]): Promise<void> {
  try {
    const before = ctx.saved.info(id);
    await ctx.saved.setTags(id, tags);
    if (before && before.colour === "yellow") {
      const known = new Set(before.tags.map(tagKey));
      const colours = await loadTagColours();
      const colour = tags
        .map((tag) => colours[tagKey(tag)])
        .find((c, i) => c && !known.has(tagKey(tags[i]!)));
      if (colour) await ctx.saved.setColour(id, colour);
    }
    ctx.redraw({});
  } catch (error) {
    ctx.redraw({ error: ctx.describe(error) });
  }
}

/** The entities marked inside `range`, in page order: what a passage saved there is about. */
export function mentionsIn(marks: readonly Mark[], range: Range): string[] {
  const ids = new Set<string>();
  for (const m of marks) {
    const { startContainer, startOffset, endContainer, endOffset } = m.range;
    if (range.isPointInRange(startContainer, startOffset) && range.isPointInRange(endContainer, endOffset))
      ids.add(m.entity);
  }
  return [...ids];
}
