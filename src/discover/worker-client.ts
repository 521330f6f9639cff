// Talks to the discovery worker (worker.ts): one request at a time per id, answered by id. The worker holds
// compromise and its lexicon (tens of MB), so it is stopped after a minute without work.
import type { DiscoveredDetail, DiscoverJob } from "../platform/messages";

const IDLE_MS = 60_000;
/** A page whose discovery has not answered by then gets an error rather than a popup spinning forever. */
const TIMEOUT_MS = 20_000;

export type WorkerReply = { id: number; names: DiscoveredDetail[] } | { id: number; error: string };

export class DiscoveryWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private readonly waiting = new Map<
    number,
    { resolve: (n: DiscoveredDetail[]) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly url: string) {}

  run(job: DiscoverJob): Promise<DiscoveredDetail[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<DiscoveredDetail[]>((resolve, reject) => {
      const timer = setTimeout(() => this.settle({ id, error: "Name discovery took too long." }), TIMEOUT_MS);
      this.waiting.set(id, {
        resolve: (names) => {
          clearTimeout(timer);
          resolve(names);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      worker.postMessage({ id, job });
    });
  }

  private start(): Worker {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.worker) return this.worker;
    const worker = new Worker(this.url);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(`Name discovery failed: ${event.message || "the worker stopped"}.`);
    };
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if ("error" in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.names);
    if (this.waiting.size === 0) this.idle = setTimeout(() => this.destroy(), IDLE_MS);
  }

  private failAll(message: string): void {
    for (const id of [...this.waiting.keys()]) this.settle({ id, error: message });
    this.destroy();
  }

  destroy(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.worker?.terminate();
    this.worker = null;
    for (const [id] of this.waiting) this.settle({ id, error: "Name discovery was stopped." });
  }
}
