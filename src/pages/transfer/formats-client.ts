import { words, type Words } from '../../core/words';
import { messageOf } from '../shared/errors';
import { speak } from './speak';
import type { FormatEnvelope, FormatKind, FormatReply, FormatRequest, FormatResults } from './format-protocol';

/** The part of a Worker the client uses, so tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: FormatEnvelope): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FormatReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  resolve(result: FormatResults[FormatKind]): void;
  reject(error: Error): void;
}

export class FormatsError extends Error {}

/** Talks to the formats worker; starts it on first use and again after it dies. */
export class FormatsClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `speak` puts the worker's words in the page's language. */
  constructor(
    private readonly start: () => WorkerLike,
    private readonly speak: (said: Words) => string,
  ) {}

  request<K extends FormatKind>(request: Extract<FormatRequest, { kind: K }>): Promise<FormatResults[K]> {
    const id = this.nextId++;
    return new Promise<FormatResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      try {
        this.running().postMessage({ id, request });
      } catch (error) {
        this.pending.delete(id);
        reject(new FormatsError(messageOf(error)));
      }
    });
  }

  private running(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.addEventListener('message', (event) => this.settle(event.data));
    worker.addEventListener('error', (event) =>
      this.fail(worker, words('transferFormatsFailed', (event as ErrorEvent).message || words('transferWorkerStopped'))),
    );
    worker.addEventListener('messageerror', () => this.fail(worker, words('transferFormatsFailed', words('transferWorkerUnreadable'))));
    this.worker = worker;
    return worker;
  }

  private settle({ id, answer }: FormatReply): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (answer.ok) pending.resolve(answer.result);
    else pending.reject(new FormatsError(this.speak(answer.problem)));
  }

  /** A dead worker answers nothing more: every waiting request fails, the next one starts a new worker. */
  private fail(worker: WorkerLike, problem: Words): void {
    const message = this.speak(problem);
    if (this.worker === worker) this.worker = null;
    worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(new FormatsError(message));
  }
}

export const formats = new FormatsClient(
  () => new Worker(new URL('./formats-worker.ts', import.meta.url), { type: 'module' }) as WorkerLike,
  speak,
);
