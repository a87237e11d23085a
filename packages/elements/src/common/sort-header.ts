import { html, type TemplateResult } from 'lit';
import type { Texts } from '../i18n/texts.js';

/** A table that sorts by column: its current sort and how to change it. */
export interface SortableTable<K extends string> {
  readonly sortKey: K;
  readonly sortDirection: 'ascending' | 'descending';
  sortBy(key: K): void;
}

/**
 * A table column header that sorts on click or Enter / Space (a real button), with `aria-sort`
 * on the sorted column and a ▲ / ▼ that screen readers skip. Shared by the ranking and the map.
 *
 * @param num - a number column (right-aligned)
 * @example
 * ```ts
 * sortHeader(t, this, 'name', t.region);
 * ```
 */
export function sortHeader<K extends string>(
  t: Texts,
  table: SortableTable<K>,
  key: K,
  label: string,
  num = false,
): TemplateResult {
  const active = table.sortKey === key;
  return html`<th
    scope="col"
    class=${num ? 'num' : ''}
    aria-sort=${active ? table.sortDirection : 'none'}
  >
    <button
      type="button"
      data-sort=${key}
      title=${t.sortBy(label)}
      @click=${() => table.sortBy(key)}
    >
      ${label}<span aria-hidden="true"
        >${active ? (table.sortDirection === 'ascending' ? ' ▲' : ' ▼') : ''}</span
      >
    </button>
  </th>`;
}

/**
 * The direction after choosing a column: the same column flips it, another column starts with
 * `first` (descending for values, where the highest usually matters; ascending for names).
 *
 * @example
 * ```ts
 * nextDirection(this, 'name', 'ascending'); // 'descending' if the table is sorted by name, ascending
 * ```
 */
export function nextDirection<K extends string>(
  table: SortableTable<K>,
  key: K,
  first: 'ascending' | 'descending',
): 'ascending' | 'descending' {
  if (table.sortKey !== key) return first;
  return table.sortDirection === 'ascending' ? 'descending' : 'ascending';
}
