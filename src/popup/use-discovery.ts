// The popup's side of discovery: asks the tab once the reader starts it and keeps the answer.

import { useCallback, useEffect, useState } from "preact/hooks";
import { errorMessage } from "../core/errors";
import { sendToTab } from "../platform/messages";
import type { DiscoverState } from "./DiscoverSection";

export function useDiscovery(tabId: number | null | undefined): { state: DiscoverState; start: () => void } {
  const [state, setState] = useState<DiscoverState>({ kind: "idle" });
  useEffect(() => setState({ kind: "idle" }), [tabId]);
  const start = useCallback(() => {
    if (typeof tabId !== "number") return;
    setState({ kind: "working" });
    sendToTab(tabId, { type: "randnotiz:discover-details" }).then(
      (details) => setState({ kind: "ready", details }),
      (error: unknown) => setState({ kind: "failed", message: errorMessage(error) }),
    );
  }, [tabId]);
  return { state, start };
}
