/**
 * When two cookies are in the same state: the one place that says so, for the journal and undo,
 * protection, profiles and the Set-Cookie inspector.
 */
import { identityKey, type Cookie } from './cookie';

/**
 * Same value and attributes: nothing a request would notice changed, whichever cookie each is.
 * The browsers keep the expiry to the second, sometimes with a fraction. `expiry: false` leaves
 * it out, for a cookie predicted from a Set-Cookie line against the jar: the browser caps the
 * expiry and counts Max-Age from its own clock.
 */
export function sameSettings(a: Cookie, b: Cookie, { expiry }: { expiry: boolean } = { expiry: true }): boolean {
  return (
    a.value === b.value &&
    a.secure === b.secure &&
    a.httpOnly === b.httpOnly &&
    a.sameSite === b.sameSite &&
    a.session === b.session &&
    (!expiry || a.session || Math.abs((a.expirationDate ?? 0) - (b.expirationDate ?? 0)) < 1)
  );
}

/** Same cookie in the same state: what a write or a restore is checked against. */
export function sameState(a: Cookie, b: Cookie): boolean {
  return identityKey(a) === identityKey(b) && a.hostOnly === b.hostOnly && sameSettings(a, b);
}
