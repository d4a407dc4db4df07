// The browser window's privileged scope, reachable over WebDriver BiDi when Firefox runs with
// --remote-allow-system-access: what no content page may do (the background's life cycle,
// preferences) is done from there.
import type { Browser } from 'puppeteer-core';

/** The part of puppeteer-core's BiDi connection used here (its class is not exported). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function bidiConnection(browser: Browser): BidiConnection {
  const connection: unknown = (browser as unknown as { connection?: unknown }).connection;
  if (!isRecord(connection) || typeof connection.send !== 'function') {
    throw new Error('this puppeteer-core browser has no WebDriver BiDi connection');
  }
  return connection as unknown as BidiConnection;
}

function argument(value: string | number | null): object {
  if (value === null) return { type: 'null' };
  return typeof value === 'string' ? { type: 'string', value } : { type: 'number', value };
}

export class ChromeScope {
  private readonly connection: BidiConnection;
  private chromeContext: string | null = null;

  constructor(browser: Browser) {
    this.connection = bidiConnection(browser);
  }

  /** The browser window's own browsing context (chrome://browser/...), hidden from plain BiDi. */
  private async windowContext(): Promise<string> {
    if (this.chromeContext) return this.chromeContext;
    const { result } = await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const contexts = isRecord(result) && Array.isArray(result.contexts) ? (result.contexts as unknown[]) : [];
    const [first] = contexts;
    if (!isRecord(first) || typeof first.context !== 'string') {
      throw new Error('no browser window context: is Firefox running with --remote-allow-system-access?');
    }
    this.chromeContext = first.context;
    return first.context;
  }

  /** Calls `fn(...args)` in the window's privileged scope and answers the string it returns. */
  async call<A extends (string | number | null)[]>(fn: (...args: A) => string | Promise<string>, ...args: A): Promise<string> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: fn.toString(),
      arguments: args.map(argument),
      target: { context: await this.windowContext() },
      awaitPromise: true,
    });
    if (isRecord(result) && result.type === 'success' && isRecord(result.result) && typeof result.result.value === 'string') {
      return result.result.value;
    }
    const details = isRecord(result) && isRecord(result.exceptionDetails) ? result.exceptionDetails.text : undefined;
    throw new Error(`privileged ${fn.name} failed: ${typeof details === 'string' ? details : JSON.stringify(result)}`);
  }
}
