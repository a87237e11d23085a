/**
 * `.xlsx` workbooks out of the studio, built from the same sheets `takar` writes
 * (`@takar/cli/workbook`): the framework's input template (`takar template`), and the results
 * workbook with the sheets of `takar score --out x.xlsx` (`skor`, `peringkat`) and of
 * `takar audit --out x.xlsx` (`statistik`, `korelasi`, `alpha`, `tanpa-indikator`). Written with
 * write-excel-file, whose zipping runs on the page's thread (config/fflate-sync-zip.ts).
 * Loaded only when a workbook is asked for.
 */
import writeXlsxFile from 'write-excel-file/universal';
import {
  auditSheets,
  scoreSheets,
  templateSheets,
  workbookSheets,
  type SheetOut,
} from '@takar/cli/workbook';
import {
  runPipeline,
  type AuditReport,
  type Dataset,
  type Framework,
  type Lang,
  type PipelineConfig,
  type RemovalImpact,
} from '@takar/core';

/** The bytes of a workbook of `sheets`, headers in `lang` (sheet names as given). */
export async function workbookBytes(sheets: readonly SheetOut[], lang: Lang): Promise<Uint8Array> {
  const blob = await writeXlsxFile(workbookSheets(sheets, lang) as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The input template of a framework, as `takar template --framework <f> [--year <y>]` writes it:
 * sheets `iData` (every kabupaten/kota, one empty column per indicator), `indikator` and `iMeta`.
 */
export function templateBytes(
  framework: Framework,
  options: { lang: Lang; year?: number },
): Promise<Uint8Array> {
  return workbookBytes(templateSheets(framework, options).sheets, options.lang);
}

/**
 * The results workbook: the scores and ranks of every node (the sheets of `takar score`, from a
 * run of the same framework, data and pipeline as the results), then the audit's tables (the
 * sheets of `takar audit`), with the removal test when it ran.
 */
export function resultsBytes(input: {
  framework: Framework;
  data: Dataset;
  pipeline: PipelineConfig | null;
  audit: AuditReport | null;
  removal: RemovalImpact[] | null;
  lang: Lang;
}): Promise<Uint8Array> {
  const run = runPipeline(input.framework, input.data, {
    ...(input.pipeline ? { pipeline: input.pipeline } : {}),
  });
  const audit = input.audit
    ? auditSheets(input.removal ? { ...input.audit, removal: input.removal } : input.audit)
    : [];
  return workbookBytes([...scoreSheets(run), ...audit], input.lang);
}
