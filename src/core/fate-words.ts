/** The inspector's fates and frames in the user's words. */
import type { Cookie } from './cookie';
import type { FrameKind } from './inspector';
import type { Translate } from './translate';
import type { Fate } from './set-cookie-fate';

const SAME_SITE_WORDS: Record<Cookie['sameSite'], string | null> = {
  no_restriction: 'SameSite=None',
  lax: 'SameSite=Lax',
  strict: 'SameSite=Strict',
  unspecified: null,
};

function flags(cookie: Cookie): string {
  const out: string[] = [];
  if (cookie.secure) out.push('Secure');
  if (cookie.httpOnly) out.push('HttpOnly');
  const sameSite = SAME_SITE_WORDS[cookie.sameSite];
  if (sameSite) out.push(sameSite);
  if (!cookie.session && cookie.expirationDate !== undefined) {
    out.push(`Expires=${new Date(cookie.expirationDate * 1000).toISOString().replace(/\.\d+Z$/, 'Z')}`);
  }
  return out.join('; ');
}

function state(cookie: Cookie, t: Translate): string {
  const quoted = JSON.stringify(cookie.value);
  const attributes = flags(cookie);
  return attributes === '' ? quoted : t('inspectState', quoted, attributes);
}

export function fateWords(fate: Fate, t: Translate): string {
  switch (fate.kind) {
    case 'stored':
      return t('inspectFateStored', fate.cookie.name, fate.cookie.domain, fate.cookie.path);
    case 'overwrote':
      return fate.before
        ? t('inspectFateOverwrote', state(fate.before, t), state(fate.after, t))
        : t('inspectFateOverwroteUnknown', state(fate.after, t));
    case 'unchanged':
      return t('inspectFateUnchanged');
    case 'deleted':
      return t(fate.before ? 'inspectFateDeleted' : 'inspectFateDeletedNothing');
    case 'partitioned':
      return t('inspectFatePartitioned', fate.cookie.partitionKey?.topLevelSite ?? '');
    case 'rejected':
      return t('inspectFateRejected', fate.reasons.map((reason) => reason.message).join('; '));
    case 'blocked':
      return t(fate.likelyThirdParty ? 'inspectFateBlockedThirdParty' : 'inspectFateBlocked');
    case 'unknown':
      return t(fate.why === 'jar-differs' ? 'inspectFateJarDiffers' : 'inspectFateNotLookedUp');
  }
}

const FRAME_WORDS = {
  top: 'inspectFrameTop',
  'same-site': 'inspectFrameSameSite',
  'cross-site': 'inspectFrameCrossSite',
} as const satisfies Record<FrameKind, string>;

export function frameWords(frame: FrameKind, t: Translate): string {
  return t(FRAME_WORDS[frame]);
}
