import type { PeerGroup, PeerSpec } from '../analysis/peers.js';
import type { ResultsView } from './view.js';

/**
 * The peer group a reader asked for with a `peers` attribute, resolved without throwing (an
 * element shows what it can and warns): a group column of the units (`type`, `province`…: the
 * units sharing the region's value; none when the region has no value there), a comma- or
 * space-separated list of unit codes (codes the results lack are left out, and the element
 * warns about them), or empty for every unit. `spec` is the same group as a {@link PeerSpec}
 * for `profile()`.
 *
 * @example
 * ```ts
 * peerGroupOf(view, '32.73', 'type'); // { kind: 'group', column: 'type', value: 'kota', units: […] }
 * ```
 */
export function peerGroupOf(
  view: ResultsView,
  region: string | undefined,
  peers: string | undefined,
): PeerGroup & { spec: PeerSpec | undefined } {
  const spec = peers?.trim() ?? '';
  if (!spec) return { kind: 'all', units: [...view.codes], spec: undefined };
  const labels = view.results.units.groups?.[spec];
  if (labels) {
    const at = region === undefined ? -1 : view.indexOf(region);
    const value = at < 0 ? undefined : (labels[at] ?? undefined);
    if (value === undefined) return { kind: 'group', column: spec, units: [], spec: [] };
    const units = view.codes.filter((_, i) => labels[i] === value);
    return { kind: 'group', column: spec, value, units, spec };
  }
  const wanted = new Set(spec.split(/[\s,]+/).filter(Boolean));
  const units = view.codes.filter((c) => wanted.has(c));
  return { kind: 'list', units, spec: units };
}
