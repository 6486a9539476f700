/** The most drafts one import may hold; larger files are refused with this number in the message. */
export const MAX_IMPORT_DRAFTS = 10_000;
/** The largest drafts file accepted, in bytes (10 MB): files above it are refused before being read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** `10,000`: a count as the limit messages print it. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The sentence refusing a file over the size limit. */
export function fileTooLargeError(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${mb} MB; a drafts file can be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
}
