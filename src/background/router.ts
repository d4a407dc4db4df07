import { parseRequest, type ProtocolError, type Request, type Response, type RequestType, type ResultOf } from '../core/protocol';
import { summarize, latestFor } from '../core/journal';
import { CookieApiError, find } from './cookies-api';
import { deleteMany } from './delete';
import { messageOf } from './errors';
import { translate } from './i18n';
import { copyAs } from '../core/copy-as';
import { importMany, ImportTooLarge, previewImport } from './import';
import { amend, entryById, journalEntries } from './journal';
import { recovered } from './recovery';
import { NothingToUndo, undoOperation } from './undo';
import { cost } from './enforce';
import { embeddedForTab, listForTab, listStore, timelineForTab } from './list';
import { allProfiles, deleteProfile, profilesForTab, saveProfile, switchProfile } from './profiles';
import { blockCookie, editBlockRule, exportRules, importRules, jarRules, protect, removeRule } from './rule-requests';
import { save, SaveError } from './save';
import { AccessError, SiteError } from './site';
import { ALL_SITES } from '../core/access';

/** Requests that read or change the journal wait until an interrupted operation is settled. */
const AFTER_RECOVERY: ReadonlySet<RequestType> = new Set(['save', 'delete', 'import', 'undo', 'operation', 'lastOperation', 'dismissOperation', 'protect', 'block', 'switchProfile']);

async function run(request: Request): Promise<ResultOf[RequestType]> {
  if (AFTER_RECOVERY.has(request.type)) await recovered;
  switch (request.type) {
    case 'list':
      return listForTab(request.tabId);
    case 'embedded':
      return embeddedForTab(request.tabId);
    case 'save':
      return save(request);
    case 'get':
      return find(request.cookie);
    case 'delete':
      return deleteMany(request.id, request.cookies);
    case 'import':
      return importMany(request.id, request.cookies);
    case 'undo':
      return undoOperation(request.id, request.target);
    case 'operation': {
      const entry = await entryById(request.id);
      return entry && summarize(entry);
    }
    case 'lastOperation': {
      const entry = latestFor(await journalEntries(), request.scope);
      return entry && summarize(entry);
    }
    case 'dismissOperation':
      await amend(request.id, { dismissed: true });
      return null;
    case 'timeline':
      return timelineForTab(request.tabId);
    case 'listStore':
      return listStore(request.storeId);
    case 'importPreview':
      return previewImport(request.cookies);
    case 'copyAs':
      // Formatting runs here, where the formats already load, to keep the popup small.
      return copyAs(request.cookie, request.kind);
    case 'protect':
      return protect(request.cookie, request.on);
    case 'block':
      return blockCookie(request.cookie);
    case 'jarRules':
      return jarRules();
    case 'removeRule':
      return removeRule(request.id);
    case 'profiles':
      return profilesForTab(request.tabId);
    case 'saveProfile':
      return saveProfile(request.tabId, request.name);
    case 'deleteProfile':
      return deleteProfile(request.id);
    case 'switchProfile':
      return switchProfile(request.id, request.profile);
    case 'allProfiles':
      return allProfiles();
    case 'editBlockRule':
      return editBlockRule(request.id, request.name, request.site, request.storeId);
    case 'exportRules':
      return exportRules(request.withProfileValues);
    case 'importRules':
      return importRules(request.text);
    case 'ruleCost':
      return { ...cost };
  }
}

export const BAD_REQUEST: ProtocolError = { code: 'bad-request', message: translate('error_bad_request') };

export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof SaveError) return error.error;
  if (error instanceof CookieApiError) return { code: error.code, message: error.message };
  if (error instanceof SiteError || error instanceof NothingToUndo) return { code: 'not-found', message: error.message };
  if (error instanceof ImportTooLarge) return { code: 'too-large', message: error.message };
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
