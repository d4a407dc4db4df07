/**
 * The file "Export rules" writes and "Import rules" reads: protected cookies, block rules and
 * profiles as JSON. Profile values leave the browser only when the user asks for them; a
 * profile exported without them cannot be switched to, so importing skips it.
 */
import type { Cookie } from './cookie';
import { isRecord } from './cookie-guard';
import { parseJarRules, type JarRules } from './jar-rules';
import { parseProfiles, type Profile } from './profiles';

export const RULES_FILE_FORMAT = 'crumb-rules';

export interface RulesFile {
  format: typeof RULES_FILE_FORMAT;
  version: 1;
  protect: JarRules['protect'];
  block: JarRules['block'];
  /** Without values, each cookie lacks its `value`. */
  profiles: (Omit<Profile, 'cookies'> & { cookies: object[] })[];
}

function withoutValue(cookie: Cookie): Omit<Cookie, 'value'> {
  const rest: Partial<Cookie> = { ...cookie };
  delete rest.value;
  return rest as Omit<Cookie, 'value'>;
}

export function rulesFile(rules: JarRules, profiles: readonly Profile[], withProfileValues: boolean): string {
  const file: RulesFile = {
    format: RULES_FILE_FORMAT,
    version: 1,
    // A pause is this browser's state of the fight with a site, not part of the rule.
    protect: rules.protect.map((rule) => ({ id: rule.id, cookie: rule.cookie })),
    block: rules.block,
    profiles: profiles.map((profile) => ({
      ...profile,
      cookies: withProfileValues ? profile.cookies : profile.cookies.map(withoutValue),
    })),
  };
  return JSON.stringify(file, null, 2);
}

export type ParsedRulesFile = { ok: true; rules: JarRules; profiles: Profile[]; skippedProfiles: number } | { ok: false };

export function parseRulesFile(text: string): ParsedRulesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (!isRecord(data) || data.format !== RULES_FILE_FORMAT) return { ok: false };
  const profiles = parseProfiles(data.profiles);
  const listed = Array.isArray(data.profiles) ? data.profiles.length : 0;
  return { ok: true, rules: parseJarRules(data), profiles, skippedProfiles: listed - profiles.length };
}
