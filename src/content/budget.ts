// Cooperative scheduling: our work runs in slices of about 10 ms, each recorded as a `randnotiz:annotate`
// User Timing measure (docs/interfaces.md, performance measures and events), with a yield to the page between slices.

export const SLICE_MS = 10;
export const MEASURE_NAME = "randnotiz:annotate";

/** Runs `work` as one measured slice. */
export function measured<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(MEASURE_NAME, { start, end: performance.now() });
  }
}

/**
 * Resolves on the next macrotask. A MessageChannel avoids the 4 ms clamp that nested setTimeout calls get,
 * so a long pass is not stretched out by idle gaps.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
