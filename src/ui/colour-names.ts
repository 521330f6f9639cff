// The marker colours' names, shared by the tooltip's swatches and the review page.
import type { Colour } from "../core/highlights/types";
import type { MessageKey } from "./i18n";

export const COLOUR_NAMES = {
  yellow: "tooltipColourYellow",
  green: "tooltipColourGreen",
  blue: "tooltipColourBlue",
  pink: "tooltipColourPink",
  purple: "tooltipColourPurple",
} as const satisfies Record<Colour, MessageKey>;
