import { bareDomain, hasScheme } from '../../core/host';

/**
 * The address header formats (Cookie:, Set-Cookie) read their host, path and Secure from.
 * People type "shop.example.test" more often than a URL, and https is what sites use.
 */
export function siteUrl(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (hasScheme(text)) return text;
  const host = bareDomain(text);
  return host.includes('/') ? `https://${host}` : `https://${host}/`;
}
