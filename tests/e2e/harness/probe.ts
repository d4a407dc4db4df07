// How every driver asks the test site what Cookie header it receives: from a page of the
// site's own origin (or a frame of it embedded in another top-level site, for partitions).

/** The page to load before fetching `target` from it. */
export function probeUrl(target: URL, embeddedIn?: string): string {
  const home = `${target.origin}/`;
  return embeddedIn ? `${embeddedIn}/embed?src=${encodeURIComponent(home)}` : home;
}

/** Runs inside the page or frame: must stay self-contained. */
export async function fetchCookieHeader(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body: unknown = await response.json();
  const cookie = (body as { cookie?: unknown }).cookie;
  if (typeof cookie !== 'string') throw new Error(`${url} did not answer {cookie: string}`);
  return cookie;
}
