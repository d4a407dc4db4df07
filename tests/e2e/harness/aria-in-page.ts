/**
 * Finds elements by role and accessible name inside the page, for drivers whose protocol has
 * no fast accessibility query (Firefox over WebDriver BiDi answers `::-p-aria` in ~150 ms per
 * call and cannot list names at all). It follows the parts of WAI-ARIA and accname 1.2 that
 * Playwright's getByRole/getByLabel follow, so a scenario means the same in every browser.
 *
 * `ariaInPage` is serialized into the page: it must stay self-contained (no imports, no
 * references to anything outside its body).
 */

export type NameMatch = { exact: string } | { pattern: string; flags: string };

export interface RoleQuery {
  role: string;
  name?: NameMatch;
  /** Only elements inside the one element matching this query. */
  within?: { role: string; name: NameMatch };
  /** Only elements with an ancestor of this role (inside `within`, when given). */
  insideRole?: string;
}

export type Target =
  | { by: 'role'; query: RoleQuery }
  /** `within`: only controls inside the one element matching it (a page may repeat a label per section). */
  | { by: 'label'; label: string; within?: { role: string; name: NameMatch } };

/** What `locate` waits for before it answers with the element. */
export type Readiness = 'attached' | 'visible' | 'enabled';

export interface Described {
  role: string;
  name: string;
}

export type AriaRequest =
  | { op: 'locate'; target: Target; readiness: Readiness }
  | { op: 'names'; target: Target }
  | { op: 'texts'; target: Target }
  | { op: 'count'; target: Target; visibleOnly: boolean }
  /** The attribute of the one matching element; null when it has none, or nothing matches. */
  | { op: 'attribute'; target: Target; attribute: string }
  /** Whether the one matching element is disabled (natively or by aria-disabled); null when nothing matches. */
  | { op: 'disabled'; target: Target }
  | { op: 'focused' }
  | { op: 'outline' };

export interface AriaResults {
  locate: Element | null;
  names: string[];
  texts: string[];
  count: number;
  attribute: string | null;
  disabled: boolean | null;
  focused: Described;
  outline: string;
}

export function ariaInPage(request: AriaRequest): AriaResults[keyof AriaResults] {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

  const NAME_FROM_CONTENT = new Set([
    'button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem',
    'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab',
    'tooltip', 'treeitem',
  ]);
  const INPUT_ROLES: Record<string, string> = {
    button: 'button', submit: 'button', reset: 'button', image: 'button', file: 'button',
    checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton',
  };
  const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'url', 'search', 'password']);

  function ariaHidden(element: Element): boolean {
    for (let e: Element | null = element; e; e = e.parentElement) {
      if (e.getAttribute('aria-hidden') === 'true') return true;
    }
    return false;
  }

  /** In the accessibility tree: rendered, not visibility:hidden, not aria-hidden. */
  function exposed(element: Element): boolean {
    return element.checkVisibility({ visibilityProperty: true }) && !ariaHidden(element);
  }

  function visible(element: Element): boolean {
    if (!exposed(element)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function disabled(element: Element): boolean {
    if (element.matches(':disabled')) return true;
    for (let e: Element | null = element; e; e = e.parentElement) {
      if (e.getAttribute('aria-disabled') === 'true') return true;
    }
    return false;
  }

  function roleOf(element: Element): string {
    const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = element.localName;
    if (element instanceof HTMLInputElement) {
      const type = element.type.toLowerCase();
      if (type === 'hidden') return '';
      if (TEXT_INPUT_TYPES.has(type) || type === 'search') {
        if (element.hasAttribute('list')) return 'combobox';
        return type === 'search' ? 'searchbox' : 'textbox';
      }
      return INPUT_ROLES[type] ?? 'textbox';
    }
    if (element instanceof HTMLSelectElement) return element.multiple || element.size > 1 ? 'listbox' : 'combobox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    switch (tag) {
      case 'a':
      case 'area':
        return element.hasAttribute('href') ? 'link' : '';
      case 'button':
        return 'button';
      case 'textarea':
        return 'textbox';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'dialog':
        return 'dialog';
      case 'fieldset':
      case 'details':
      case 'optgroup':
        return 'group';
      case 'form':
        return 'form';
      case 'img':
        return element.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'option':
        return 'option';
      case 'output':
        return 'status';
      case 'progress':
        return 'progressbar';
      case 'table':
        return 'table';
      case 'tr':
        return 'row';
      case 'td':
        return 'cell';
      case 'th':
        return 'columnheader';
      case 'p':
        return 'paragraph';
      case 'hr':
        return 'separator';
      case 'section':
        return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : '';
      default:
        return '';
    }
  }

  function referenced(element: Element, attribute: string): Element[] {
    const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
    return ids.map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  }

  function isBlock(element: Element): boolean {
    const display = getComputedStyle(element).display;
    return !display.startsWith('inline') && display !== 'contents';
  }

  interface Walk {
    visited: Set<Element>;
    /** Inside an aria-labelledby reference: hidden elements still count. */
    referenced: boolean;
    /** Computing the name of an ancestor from its content. */
    inContent: boolean;
  }

  function textFromContent(element: Element, walk: Walk): string {
    let text = '';
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.textContent ?? '';
      } else if (child instanceof Element) {
        if (!walk.referenced && !exposed(child) && getComputedStyle(child).display !== 'contents') continue;
        const part = nameOf(child, { ...walk, inContent: true });
        text += isBlock(child) ? ` ${part} ` : part;
      }
    }
    return text;
  }

  function embeddedValue(element: Element): string | null {
    if (element instanceof HTMLSelectElement) {
      return [...element.selectedOptions].map((o) => o.text).join(' ');
    }
    if (element instanceof HTMLTextAreaElement) return element.value;
    if (element instanceof HTMLInputElement && (TEXT_INPUT_TYPES.has(element.type) || element.type === 'number')) {
      return element.value;
    }
    return null;
  }

  function nativeName(element: Element, walk: Walk): string {
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) {
      return element.value || (element.type === 'submit' ? 'Submit' : element.type === 'reset' ? 'Reset' : '');
    }
    if (element instanceof HTMLInputElement && element.type === 'image') return element.alt;
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    if (labels && labels.length > 0) {
      return [...labels].map((label) => normalize(textFromContent(label, { ...walk, inContent: true }))).join(' ');
    }
    if (element instanceof HTMLImageElement) return element.alt;
    if (element instanceof HTMLFieldSetElement) {
      const legend = element.querySelector(':scope > legend');
      return legend ? textFromContent(legend, { ...walk, inContent: true }) : '';
    }
    if (element instanceof HTMLTableElement) return element.caption ? textFromContent(element.caption, walk) : '';
    return '';
  }

  function nameOf(element: Element, walk: Walk): string {
    if (walk.visited.has(element)) return '';
    walk.visited.add(element);
    if (!walk.referenced) {
      const labelledBy = referenced(element, 'aria-labelledby');
      if (labelledBy.length > 0) {
        const name = labelledBy
          .map((e) => normalize(nameOf(e, { visited: walk.visited, referenced: true, inContent: true })))
          .join(' ');
        if (normalize(name)) return name;
      }
    }
    const role = roleOf(element);
    if (walk.inContent) {
      const value = embeddedValue(element);
      if (value !== null) return value;
    }
    const label = element.getAttribute('aria-label');
    if (label && normalize(label)) return label;
    if (role !== 'presentation' && role !== 'none') {
      const native = nativeName(element, walk);
      if (normalize(native)) return native;
    }
    if (NAME_FROM_CONTENT.has(role) || walk.inContent || walk.referenced) {
      const content = textFromContent(element, walk);
      if (normalize(content)) return content;
    }
    const title = element.getAttribute('title');
    if (title && normalize(title)) return title;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.placeholder;
    return '';
  }

  const accessibleName = (element: Element) =>
    normalize(nameOf(element, { visited: new Set(), referenced: false, inContent: false }));

  /** What getByLabel matches: aria-labelledby, aria-label, or the text of any <label>. */
  function labelTexts(element: Element): string[] {
    const texts: string[] = [];
    const labelledBy = referenced(element, 'aria-labelledby');
    if (labelledBy.length > 0) {
      texts.push(labelledBy.map((e) => normalize(nameOf(e, { visited: new Set(), referenced: true, inContent: true }))).join(' '));
    }
    const label = element.getAttribute('aria-label');
    if (label) texts.push(label);
    const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
    for (const l of labels ?? []) texts.push(textFromContent(l, { visited: new Set([element]), referenced: false, inContent: true }));
    return texts.map(normalize);
  }

  function nameMatches(name: string, match: NameMatch | undefined): boolean {
    if (!match) return true;
    return 'exact' in match ? name === normalize(match.exact) : new RegExp(match.pattern, match.flags).test(name);
  }

  function byRole(root: ParentNode, role: string, name?: NameMatch): Element[] {
    return [...root.querySelectorAll('*')].filter(
      (e) => roleOf(e) === role && exposed(e) && nameMatches(accessibleName(e), name),
    );
  }

  /** The one element matching `within`, the whole document without one; null when nothing matches. */
  function scopeOf(within: { role: string; name: NameMatch } | undefined): Element | null {
    if (!within) return document.documentElement;
    const scopes = byRole(document, within.role, within.name);
    if (scopes.length > 1) throw new Error(`${scopes.length} elements are ${describe(within)}`);
    return scopes[0] ?? null;
  }

  function find(target: Target): Element[] {
    if (target.by === 'label') {
      const labelScope = scopeOf(target.within);
      if (!labelScope) return [];
      return [...labelScope.querySelectorAll('*')].filter((e) => labelTexts(e).includes(normalize(target.label)));
    }
    const { query } = target;
    const scope = scopeOf(query.within);
    if (!scope) return [];
    const found = byRole(scope, query.role, query.name);
    if (!query.insideRole) return found;
    const insideRole = query.insideRole;
    return found.filter((e) => {
      for (let a = e.parentElement; a && a !== scope; a = a.parentElement) if (roleOf(a) === insideRole) return true;
      return false;
    });
  }

  function describe(query: { role: string; name?: NameMatch }): string {
    const name = !query.name ? '' : 'exact' in query.name ? ` "${query.name.exact}"` : ` /${query.name.pattern}/`;
    return `${query.role}${name}`;
  }

  function describeTarget(target: Target): string {
    if (target.by === 'role') return describe(target.query);
    return `labelled "${target.label}"${target.within ? ` in the ${describe(target.within)}` : ''}`;
  }

  function text(element: Element): string {
    return element instanceof HTMLElement ? element.innerText : (element.textContent ?? '');
  }

  function outline(): string {
    const lines: string[] = [];
    const visit = (element: Element, depth: number) => {
      if (!exposed(element) && getComputedStyle(element).display !== 'contents') return;
      const role = roleOf(element);
      let next = depth;
      if (role && role !== 'presentation' && role !== 'none') {
        const name = accessibleName(element);
        const value = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')
          ? ` [checked=${element.checked}]`
          : embeddedValue(element) !== null ? `: ${JSON.stringify(embeddedValue(element))}` : '';
        const state = disabled(element) ? ' [disabled]' : '';
        lines.push(`${'  '.repeat(depth)}- ${role}${name ? ` ${JSON.stringify(name)}` : ''}${value}${state}`);
        next = depth + 1;
      } else if (element.children.length === 0 && normalize(text(element))) {
        lines.push(`${'  '.repeat(depth)}- text: ${JSON.stringify(normalize(text(element)))}`);
      }
      for (const child of element.children) visit(child, next);
    };
    if (document.body) visit(document.body, 0);
    return lines.join('\n');
  }

  switch (request.op) {
    case 'locate': {
      const found = find(request.target);
      if (found.length > 1) throw new Error(`strict: ${found.length} elements are ${describeTarget(request.target)}`);
      const element = found[0];
      if (!element) return null;
      if (request.readiness !== 'attached' && !visible(element)) return null;
      if (request.readiness === 'enabled' && disabled(element)) return null;
      return element;
    }
    case 'names':
      return find(request.target).map(accessibleName);
    case 'texts':
      return find(request.target).map((e) => normalize(text(e)));
    case 'count':
      return find(request.target).filter((e) => !request.visibleOnly || visible(e)).length;
    case 'attribute':
    case 'disabled': {
      const found = find(request.target);
      if (found.length > 1) throw new Error(`strict: ${found.length} elements are ${describeTarget(request.target)}`);
      const element = found[0];
      if (!element) return null;
      return request.op === 'attribute' ? element.getAttribute(request.attribute) : disabled(element);
    }
    case 'focused': {
      const active = document.activeElement;
      if (!active || active === document.body || active === document.documentElement) return { role: '', name: '' };
      return { role: roleOf(active), name: accessibleName(active) };
    }
    case 'outline':
      return outline();
  }
}
