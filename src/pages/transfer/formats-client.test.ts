import { describe, expect, it } from 'vitest';
import type { FormatEnvelope, FormatReply } from './format-protocol';
import { FormatsClient, FormatsError, type WorkerLike } from './formats-client';
import { answer } from './format-service';
import { english } from '../../core/translate';
import { say, type Words } from '../../core/words';

const inEnglish = (said: Words): string => say(said, english, 'en');

/** Answers like the real worker, asynchronously; `crash` makes it die instead. */
class FakeWorker implements WorkerLike {
  private readonly listeners = new Map<string, ((event: never) => void)[]>();
  terminated = false;
  constructor(private readonly crash = false) {}

  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  private emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event as never);
  }

  postMessage({ id, request }: FormatEnvelope): void {
    setTimeout(() => {
      if (this.crash) this.emit('error', { message: 'out of memory' });
      else this.emit('message', { data: { id, answer: answer(request) } satisfies FormatReply });
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('FormatsClient', () => {
  it('matches answers to their requests', async () => {
    const client = new FormatsClient(() => new FakeWorker(), inEnglish);
    const [formats, parsed] = await Promise.all([
      client.request({ kind: 'formats' }),
      client.request({ kind: 'parse', text: 'Cookie: a=1', format: null, options: { siteUrl: 'https://a.test/', storeId: '0', nowSeconds: 0 } }),
    ]);
    expect(formats.map((f) => f.id)).toContain('netscape');
    expect(parsed.cookies.map((c) => `${c.name}=${c.value}@${c.domain}`)).toEqual(['a=1@a.test']);
  });

  it('turns an error answer into a rejection', async () => {
    const client = new FormatsClient(() => new FakeWorker(), inEnglish);
    await expect(client.request({ kind: 'serialize', format: 'cookie-header', cookies: [], options: { nowSeconds: 0 } })).rejects.toThrow(
      'Reading or writing the format failed: This export needs a request URL',
    );
  });

  it('fails the waiting requests when the worker dies, and starts a new one next time', async () => {
    const started: FakeWorker[] = [];
    const client = new FormatsClient(() => {
      const worker = new FakeWorker(started.length === 0);
      started.push(worker);
      return worker;
    }, inEnglish);
    await expect(client.request({ kind: 'formats' })).rejects.toEqual(new FormatsError('Reading or writing the format failed: out of memory'));
    expect(started[0]?.terminated).toBe(true);
    expect((await client.request({ kind: 'formats' })).length).toBeGreaterThan(0);
    expect(started).toHaveLength(2);
  });
});
