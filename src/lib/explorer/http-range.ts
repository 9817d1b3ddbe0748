/**
 * How the explorer reads its database, decided from the answer to a request for its first byte
 * (`Range: bytes=0-0`): by range requests, by downloading it whole, or from the answer itself.
 */

/** The file's size in a `Content-Range: bytes 0-0/12345` header, or null. */
export function rangeTotal(header: string | null): number | null {
  const m = /^bytes\s+(\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? "");
  return m ? Number(m[3]) : null;
}

/**
 * - "ranges": the server sent exactly the one byte (206) of a file larger than `wholeMax`: read it by
 *   range requests;
 * - "fetch-whole": the server supports ranges but the file is small: download it whole in one request;
 * - "this-is-whole": the server ignored the range (200, or a 206 that is not one byte): the answer is
 *   the whole file, read it to the end.
 */
export type ReadPlan =
  { kind: "ranges"; size: number } | { kind: "fetch-whole"; size: number } | { kind: "this-is-whole" };

/** What to do with the answer to `Range: bytes=0-0` (its status and headers). */
export function readPlan(
  status: number,
  contentLength: string | null,
  contentRange: string | null,
  wholeMax: number,
): ReadPlan {
  const size = rangeTotal(contentRange);
  const oneByte = status === 206 && Number(contentLength) === 1 && size !== null;
  if (!oneByte) return { kind: "this-is-whole" };
  return size > wholeMax ? { kind: "ranges", size } : { kind: "fetch-whole", size };
}
