/**
 * The core's seam for words: rules and diagnostics say what they found through a `Translate`,
 * so the background can hand them the browser's translation while Node tests get English.
 */
import messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
/** The message for `key` in the user's language, `$1`..`$9` filled with `args` in order. */
export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

/**
 * Fills a message as `i18n.getMessage` does: `$1`..`$9` take the substitutions (nothing where
 * one is missing), and in a run of dollar signs the first is dropped, so `$$` writes `$`.
 * Substitutions go in as they are, even when they hold a `$`.
 */
export function substitute(text: string, args: readonly string[]): string {
  return text.replace(/\$(?:([1-9])|(\$+))/g, (_match, index: string | undefined, dollars: string | undefined) =>
    index === undefined ? dollars! : (args[Number(index) - 1] ?? ''),
  );
}

/** The English messages.json, for Node and for any key the browser has no text for. */
export const english: Translate = (key, ...args) => substitute(messages[key].message, args.map(String));

/**
 * A translator over the browser's `i18n.getMessage`, which answers "" for a key it does not
 * know (a message added after the installed locale was written): English stands in then.
 */
export function translatorFrom(getMessage: (key: string, substitutions: string[]) => string | undefined): Translate {
  return (key, ...args) => getMessage(key, args.map(String)) || english(key, ...args);
}

/**
 * Asks `t` once for each message and words: a list of 180 cookies repeats a handful of
 * diagnostics for every one of them, and each call into the browser's i18n costs.
 */
export function remembering(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, ...args) => {
    const id = [key, ...args].join('\0');
    let text = known.get(id);
    if (text === undefined) {
      text = t(key, ...args);
      known.set(id, text);
    }
    return text;
  };
}
