/** A label in Indonesian and, optionally, English, or plain text. */
export type ImpactLabel = string | { id: string; en?: string | undefined };

/** One region's positively-affected citizens (see `ImpactDataSchema`). */
export interface ImpactRow {
  region: string;
  name: string;
  affected?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  population: number;
  coverage?: number | undefined;
  method?: ImpactLabel | undefined;
}

/** The data of `<takar-impact>`: `{ method, rows }` plus an optional title, year and interval. */
export interface ImpactData {
  method: ImpactLabel;
  title?: string | undefined;
  year?: number | null | undefined;
  interval?: ImpactLabel | undefined;
  source?: { synthetic?: boolean | undefined; title?: string | undefined } | undefined;
  rows: ImpactRow[];
}
