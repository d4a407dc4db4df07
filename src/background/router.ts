import { parseRequest, type ProtocolError, type Request, type Response, type RequestType, type ResultOf } from '../core/protocol';
import { deleteMany, restoreMany } from './batch';
import { CookieApiError, find } from './cookies-api';
import { translate } from './i18n';
import { copyAs } from '../core/copy-as';
import { previewImport } from './import';
import { embeddedForTab, listForTab, listStore, timelineForTab } from './list';
import { save, SaveError } from './save';
import { AccessError, SiteError } from './site';
import { ALL_SITES } from '../core/access';

async function run(request: Request): Promise<ResultOf[RequestType]> {
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
      return deleteMany(request.cookies);
    case 'restore':
      return restoreMany(request.cookies);
    case 'timeline':
      return timelineForTab(request.tabId);
    case 'listStore':
      return listStore(request.storeId);
    case 'importPreview':
      return previewImport(request.cookies);
    case 'copyAs':
      // Formatting runs here, where the formats already load, to keep the popup small.
      return copyAs(request.cookie, request.kind);
  }
}

export const BAD_REQUEST: ProtocolError = { code: 'bad-request', message: translate('error_bad_request') };

export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof SaveError) return error.error;
  if (error instanceof CookieApiError) return { code: error.code, message: error.message };
  if (error instanceof SiteError) return { code: 'not-found', message: error.message };
  if (error instanceof AccessError) {
    return { code: 'no-access', message: error.message, access: error.site, allSites: ALL_SITES };
  }
  return { code: 'browser', message: error instanceof Error ? error.message : String(error) };
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
