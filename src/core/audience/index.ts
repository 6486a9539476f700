export type {
  BatchResult,
  CsvRecord,
  ExportFormat,
  JsonRecord,
  MalformedRecord,
  RecordBatch,
  RecordPlace,
  UserCause,
  UserOutcome,
} from './types';
export type {
  AbortSummary,
  CauseSummary,
  DryRunReport,
  DuplicateEventId,
  FailureRow,
  ReportExample,
} from './report-types';
export { REPORT_LIMITS } from './report-types';
export { createExportReader } from './export-reader';
export type { ExportReader, ExportReaderOptions } from './export-reader';
export { sniffCompression } from './decompress';
export type { Compression } from './decompress';
export { sniffFormat } from './sniff-format';
export { NotAnExportError } from './not-an-export';
export { STANDARD_FIELDS, userFromCsv, userFromJson } from './export-user';
export { checkUser } from './check-user';
export type { CheckOptions } from './check-user';
export { checkBatch } from './check-batch';
export { ReportBuilder } from './report-builder';
export { CAUSE_FIXES, fixFor } from './cause-fixes';
export { failuresCsv } from './failures-csv';
export { exportCsv, exportJsonLines, exportRow, GENERATED_CSV_COLUMNS } from './generate-export';
