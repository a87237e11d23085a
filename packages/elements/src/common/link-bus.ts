/** What elements of one link group share. */
export interface LinkedSelection {
  region?: string | undefined;
  year?: string | undefined;
  dimension?: string | undefined;
}

/** The keys a permalink carries, in the order they are written. */
export const LINK_KEYS = ['region', 'year', 'dimension'] as const;

interface Bus {
  target: EventTarget;
  groups: Map<string, LinkedSelection>;
}

const BUS_KEY = Symbol.for('takar.links.v1');

function bus(): Bus {
  const g = globalThis as unknown as Record<symbol, Bus | undefined>;
  return (g[BUS_KEY] ??= { target: new EventTarget(), groups: new Map() });
}

/** The selection a link group holds now (empty when nothing was chosen yet). */
export function linkedSelection(group: string): LinkedSelection {
  return { ...(bus().groups.get(group) ?? {}) };
}

/**
 * Changes what a link group shares and tells every element of the group (and of a second copy
 * of the bundle, through a registered symbol). Only the keys given change.
 *
 * @example
 * ```ts
 * shareSelection('bandung', { region: '32.73' });
 * ```
 */
export function shareSelection(group: string, change: LinkedSelection): void {
  const b = bus();
  const before = b.groups.get(group) ?? {};
  const next: LinkedSelection = { ...before };
  let changed = false;
  for (const key of LINK_KEYS) {
    if (!(key in change)) continue;
    if (next[key] !== change[key]) changed = true;
    next[key] = change[key];
  }
  if (!changed) return;
  b.groups.set(group, next);
  b.target.dispatchEvent(new CustomEvent('change', { detail: { group, selection: next } }));
}

/** Calls `listener` whenever the selection of `group` changes; returns the unsubscribe. */
export function onSelection(group: string, listener: (s: LinkedSelection) => void): () => void {
  const handler = (e: Event) => {
    const d = (e as CustomEvent<{ group: string; selection: LinkedSelection }>).detail;
    if (d.group === group) listener(d.selection);
  };
  bus().target.addEventListener('change', handler);
  return () => bus().target.removeEventListener('change', handler);
}

/**
 * Reads a permalink fragment, e.g. `#region=32.73&dimension=governance`: the keys Takar
 * shares, others ignored (the page may use the fragment for its own keys too).
 */
export function readPermalink(hash: string): LinkedSelection {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: LinkedSelection = {};
  for (const key of LINK_KEYS) {
    const v = params.get(key);
    if (v !== null && v !== '') out[key] = v;
  }
  return out;
}

/** Writes a selection into a fragment, keeping the page's own keys. */
export function writePermalink(hash: string, s: LinkedSelection): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of LINK_KEYS) {
    const v = s[key];
    if (v === undefined || v === '') params.delete(key);
    else params.set(key, v);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}
