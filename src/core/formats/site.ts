import { topLevelSiteOf } from '../domain';
import { SECURE_SCHEMES, WEB_SCHEMES } from '../web-scheme';
import { words, type Words } from '../words';
import { quote } from './text';

/** What a header format borrows from the page it was copied from. */
export interface Site {
  host: string;
  /** RFC 6265 default-path: the directory of the URL's path. */
  defaultPath: string;
  secure: boolean;
  /** Scheme and registrable domain, the partition key of a cookie the site sets for itself. */
  topLevelSite: string | null;
}

export function readSite(siteUrl: string | undefined): Site | null {
  if (siteUrl === undefined) return null;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return null;
  }
  if (!WEB_SCHEMES.has(url.protocol) || url.hostname === '') return null;
  return {
    host: url.hostname,
    defaultPath: defaultPath(url.pathname),
    secure: SECURE_SCHEMES.has(url.protocol),
    topLevelSite: topLevelSiteOf(url.href),
  };
}

export function defaultPath(urlPath: string): string {
  if (!urlPath.startsWith('/')) return '/';
  const lastSlash = urlPath.lastIndexOf('/');
  return lastSlash === 0 ? '/' : urlPath.slice(0, lastSlash);
}

export function describeMissingSite(siteUrl: string | undefined, why: Words): Words {
  return siteUrl === undefined ? words('parse_site_missing', why) : words('parse_site_not_web', quote(siteUrl), why);
}
