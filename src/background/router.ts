import { isJarChange, parseRequest, type ProtocolError, type RequestOf, type RequestType, type Response, type ResultOf } from '../core/protocol';
import { summarize, latestFor } from '../core/journal';
import { CookieApiError, find } from './cookies-api';
import { deleteMany } from './delete';
import { messageOf } from './errors';
import { translate } from './i18n';
import { copyAs } from '../core/copy-as';
import { decodeValue, encodeValue } from '../core/decode';
import { importMany, ImportTooLarge, previewImport } from './import';
import { amend, entryById, journalEntries } from './journal';
import { recovered } from './recovery';
import { NothingToUndo, undoOperation } from './undo';
import { embeddedForTab, listForTab, listStore, timelineForTab } from './list';
import { cost } from './enforce';
import { storeAlive } from './private-session';
import { allProfiles, deleteProfile, profilesForTab, saveProfile, switchProfile } from './profiles';
import { blockCookie, editBlockRule, exportRules, importRules, jarRules, protect, removeRule } from './rule-requests';
import { save, SaveError } from './save';
import { AccessError, SiteError } from './site';
import { ALL_SITES } from '../core/access';
import { inspectGiven, inspection, NoPermission, startRecording, stopRecording } from './recorder';

/**
 * Requests that read the journal, like those that change the jar, wait until an interrupted
 * operation is settled; so do new rules, which must see the jar as recovery leaves it.
 */
const READ_JOURNAL: ReadonlySet<RequestType> = new Set(['operation', 'lastOperation', 'dismissOperation', 'protect', 'block']);

type Handlers = { [T in RequestType]: (request: RequestOf<T>) => Promise<ResultOf[T]> | ResultOf[T] };

const HANDLERS: Handlers = {
  list: (request) => listForTab(request.tabId),
  embedded: (request) => embeddedForTab(request.tabId),
  save: (request) => save(request),
  get: (request) => find(request.cookie),
  delete: (request) => deleteMany(request.id, request.cookies),
  import: (request) => importMany(request.id, request.cookies),
  undo: (request) => undoOperation(request.id, request.target),
  operation: async (request) => {
    const entry = await entryById(request.id);
    return entry && summarize(entry);
  },
  lastOperation: async (request) => {
    const entry = latestFor(await journalEntries(), request.scope);
    return entry && summarize(entry);
  },
  dismissOperation: async (request) => {
    await amend(request.id, { dismissed: true });
    return null;
  },
  timeline: (request) => timelineForTab(request.tabId),
  listStore: (request) => listStore(request.storeId),
  storeAlive: (request) => storeAlive(request.storeId),
  importPreview: (request) => previewImport(request.cookies),
  // Formatting runs here, where the formats already load, to keep the popup small.
  copyAs: (request) => copyAs(request.cookie, request.kind),
  // The decoders run here, not in the popup, which has 20 KB for everything it loads.
  decode: (request) => decodeValue(request.value, Date.now() / 1000, translate),
  encode: (request) => {
    const view = decodeValue(request.value, Date.now() / 1000, translate)[request.view];
    return view ? encodeValue(view, request.text, translate) : { ok: false, message: translate('error_bad_request') };
  },
  protect: (request) => protect(request.cookie, request.on),
  block: (request) => blockCookie(request.cookie),
  jarRules: () => jarRules(),
  removeRule: (request) => removeRule(request.id),
  editBlockRule: (request) => editBlockRule(request.id, request.name, request.site, request.storeId),
  profiles: (request) => profilesForTab(request.tabId),
  allProfiles: () => allProfiles(),
  saveProfile: (request) => saveProfile(request.tabId, request.name),
  deleteProfile: (request) => deleteProfile(request.id),
  switchProfile: (request) => switchProfile(request.id, request.profile),
  exportRules: (request) => exportRules(request.withProfileValues),
  importRules: (request) => importRules(request.text),
  ruleCost: () => ({ ...cost }),
  recordStart: (request) => startRecording(request.tabId),
  recordStop: () => stopRecording(),
  inspection: (request) => inspection(request.tabId),
  inspectResponses: (request) => inspectGiven(request.tabId, request.responses),
};

async function run<T extends RequestType>(request: RequestOf<T>): Promise<ResultOf[T]> {
  if (isJarChange(request.type) || READ_JOURNAL.has(request.type)) await recovered;
  const handler: (request: RequestOf<T>) => Promise<ResultOf[T]> | ResultOf[T] = HANDLERS[request.type];
  return handler(request);
}

export const BAD_REQUEST: ProtocolError = { code: 'bad-request', message: translate('error_bad_request') };

export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof SaveError) return error.error;
  if (error instanceof CookieApiError) return { code: error.code, message: error.message };
  if (error instanceof SiteError || error instanceof NothingToUndo) return { code: 'not-found', message: error.message };
  if (error instanceof ImportTooLarge) return { code: 'too-large', message: error.message };
  if (error instanceof NoPermission) return { code: 'no-permission', message: error.message };
  if (error instanceof AccessError) {
    return { code: 'no-access', message: error.message, access: error.site, allSites: ALL_SITES };
  }
  return { code: 'browser', message: messageOf(error) };
}

/** Answers one message; every failure becomes an error response, never a silent success. */
export async function handle(message: unknown): Promise<Response<RequestType>> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: BAD_REQUEST };
  try {
    return { ok: true, result: await run(request) };
  } catch (error) {
    return { ok: false, error: toProtocolError(error) };
  }
}
