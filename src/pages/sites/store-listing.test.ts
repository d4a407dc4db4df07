import { describe, expect, it, vi } from 'vitest';
import type { SiteCookie } from '../../core/protocol';
import type { StoreListPart } from '../../core/protocol';
import { siteEntry } from '../../../tests/support/cookies';
import type { PagePort } from '../shared/runtime';
import type { RequestError } from '../shared/messaging';
import { openListing, rowsToFill, type StoreListing } from './store-listing';

// Node has no extension runtime to translate with: the key stands for the message.
vi.mock('../shared/i18n', () => ({ t: (key: string) => `[${key}]` }));

const entry = (name: string) => siteEntry('a.test', name, { domain: 'a.test' });

/** A port whose other end the test plays: it sees what the page posts and sends the parts. */
function fakeBackground() {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: unknown[] = [];
  const state = { name: '', disconnected: false };
  const port: PagePort = {
    onMessage: { addListener: (listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
    postMessage: (message) => posted.push(message),
    disconnect: () => {
      state.disconnected = true;
    },
  };
  return {
    state,
    posted,
    connect: (info: { name: string }) => {
      state.name = info.name;
      return port;
    },
    send: (part: StoreListPart) => onMessage.forEach((listener) => listener(part)),
    hangUp: () => onDisconnect.forEach((listener) => listener()),
  };
}

const first = (cookies: SiteCookie[], total: number, last: boolean): StoreListPart => ({ type: 'first', storeId: '0', total, stores: [{ id: '0', incognito: false }], cookies, siteCounts: { 'a.test': total }, last });

function follow(feed: ReturnType<typeof openListing>) {
  const updates: StoreListing[] = [];
  const errors: RequestError[] = [];
  feed.follow((listing) => updates.push(listing), (error) => errors.push(error));
  return { updates, errors };
}

describe('openListing', () => {
  it('asks for the store in the given order, then shows the first screen and, once all parts came, the whole store', () => {
    const background = fakeBackground();
    const feed = openListing('0', { column: 'name', direction: 'descending' }, 30, background.connect);
    expect(background.state.name).toBe('crumb-store-list');
    expect(background.posted).toEqual([{ type: 'open', storeId: '0', sort: { column: 'name', direction: 'descending' }, firstRows: 30 }]);
    const { updates, errors } = follow(feed);
    background.send(first([entry('a')], 4, false));
    background.send({ type: 'more', cookies: [entry('b'), entry('c')], last: false });
    background.send({ type: 'more', cookies: [entry('d')], last: true });
    expect(errors).toEqual([]);
    expect(updates.map((u) => [u.cookies.map((e) => e.cookie.name).join(''), u.total, u.complete, u.siteCounts])).toEqual([
      ['a', 4, false, { 'a.test': 4 }],
      ['abcd', 4, true, {}],
    ]);
    expect(background.state.disconnected).toBe(true);
  });

  it('keeps what arrived before anyone follows, and gives the latest to the follower', () => {
    const background = fakeBackground();
    const feed = openListing('0', { column: 'domain', direction: 'ascending' }, 10, background.connect);
    background.send(first([entry('a')], 1, true));
    const { updates } = follow(feed);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.complete).toBe(true);
  });

  it('reports the background’s error, and a background that hangs up before the last part', () => {
    const refused = fakeBackground();
    const one = follow(openListing('x', { column: 'domain', direction: 'ascending' }, 10, refused.connect));
    refused.send({ type: 'failed', error: { code: 'browser', message: 'Invalid cookie store id: "x".' } });
    expect(one.errors.map((e) => e.message)).toEqual(['Invalid cookie store id: "x".']);

    const gone = fakeBackground();
    const two = follow(openListing('0', { column: 'domain', direction: 'ascending' }, 10, gone.connect));
    gone.send(first([entry('a')], 2, false));
    gone.hangUp();
    expect(two.updates).toHaveLength(1);
    expect(two.errors.map((e) => e.error.code)).toEqual(['browser']);
    expect(two.errors.map((e) => e.message)).toEqual(['[error_background_stopped]']);
  });

  it('says nothing more once cancelled', () => {
    const background = fakeBackground();
    const feed = openListing('0', { column: 'domain', direction: 'ascending' }, 10, background.connect);
    const { updates, errors } = follow(feed);
    feed.cancel();
    background.send(first([entry('a')], 1, true));
    background.hangUp();
    expect([updates, errors]).toEqual([[], []]);
    expect(background.state.disconnected).toBe(true);
  });
});

describe('rowsToFill', () => {
  it('counts the rows of a window, up to what the background serves', () => {
    expect(rowsToFill(280)).toBe(10);
    expect(rowsToFill(290)).toBe(11);
    expect(rowsToFill(1e6)).toBe(500);
  });
});
