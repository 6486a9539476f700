export type { BatchResult, ExportFormat, RecordBatch } from './types';
export type { CauseSummary, DryRunReport, ReportExample } from './report-types';
export { REPORT_LIMITS } from './report-types';
export { createExportReader } from './export-reader';
export { NotAnExportError } from './not-an-export';
export { checkBatches } from './check-batch';
export { ReportBuilder } from './report-builder';
export { failuresCsv } from './failures-csv';
export { exportCsv, exportJsonLines, exportRow } from './generate-export';
