import type { ImpactDocument } from '@takar/core';

/** A label in Indonesian and, optionally, English, or plain text. */
export type ImpactLabel = string | { id: string; en?: string | undefined };

export type { ImpactDocument, ImpactRegionRow } from '@takar/core';

/** The data of `<takar-impact>`: an impact document (`ImpactDocument` of `@takar/core`). */
export type ImpactData = ImpactDocument;
