/** Shared test helpers for the audience dry run's readers and checks. */
import { createExportReader, recordsOf } from '../core/audience';
import type { BatchResult, ExportFormat, MalformedRecord, RecordBatch, UserOutcome } from '../core/audience';

/** Everything a reader produced for a file fed in chunks of `chunk` bytes. */
export function readAll(
  bytes: Uint8Array,
  options: { chunk?: number; format?: ExportFormat; batchSize?: number } = {},
): { batches: RecordBatch[]; malformed: MalformedRecord[]; format: ExportFormat | null } {
  const batches: RecordBatch[] = [];
  const malformed: MalformedRecord[] = [];
  const reader = createExportReader({
    ...(options.format ? { format: options.format } : {}),
    batchSize: options.batchSize ?? 3,
    onBatch: (b) => batches.push(b),
    onMalformed: (m) => malformed.push(m),
  });
  const step = options.chunk ?? 7;
  for (let i = 0; i < bytes.length; i += step) reader.push(bytes.subarray(i, i + step));
  reader.end();
  return { batches, malformed, format: reader.format() };
}

/** The records of all batches, as `line:text` or `line:cell|cell`, for compact assertions. */
export function flat(batches: RecordBatch[]): string[] {
  return batches.flatMap((b) =>
    b.kind === 'csv'
      ? b.records.map((r) => `${r.file ? `${r.file}@` : ''}${r.line}:${r.cells.join('|')}`)
      : (b.kind === 'lines' ? recordsOf(b) : b.records).map(
          (r) => `${r.file ? `${r.file}@` : ''}${r.line}:${r.text}`,
        ),
  );
}

/** Every checked user's outcome of a result, in the order checked (users who would be sent rebuilt from their columns, without the user id those columns leave out). */
export function allOutcomes(result: BatchResult): UserOutcome[] {
  const out = [...result.outcomes];
  const sent = result.sent;
  if (!sent) return out;
  sent.lines.forEach((line, i) => {
    const hour = sent.localHours[i] as number;
    const warnings = sent.warnings[i];
    const eventId = sent.eventIds[i];
    out.splice(sent.at[i] as number, 0, {
      line,
      kind: 'sent',
      ...(warnings ? { warnings } : {}),
      ...(eventId !== null && eventId !== undefined ? { eventId } : {}),
      accountCode: sent.accountCodes[i] as string,
      localHour: hour < 0 ? null : hour,
    } as UserOutcome);
  });
  return out;
}
