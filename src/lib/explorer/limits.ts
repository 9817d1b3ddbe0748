/** Sizes that keep the explorer readable and fast on large corpora. */

/**
 * Rows of the results table rendered at once; "Hiện thêm" adds as many again. 50 rows fill several
 * screens; each row more costs the redraw time (the browser's style and layout of the new rows, which
 * the long Vietnamese titles and quotes make the largest single cost after the queries) and, on a large
 * database read by range requests, bytes of every shown column.
 */
export const TABLE_PAGE = 50;

/**
 * Rows of the list /kham-pha/ is built with, before any script runs: every plan of today's corpus (a
 * reader without JavaScript sees them all), while a national corpus of 100,000 plans does not put
 * 100,000 rows in one page; the table's caption says how many of how many it shows.
 */
export const FIRST_VIEW_ROWS = 1000;

/** Rows of a SQL tab result shown on the page. */
export const SQL_ROWS_SHOWN = 1000;

/** Characters of one SQL tab cell shown on the page; the rest is cut (the CSV keeps the whole value). */
export const SQL_CELL_CHARS = 2000;

/** How long a SQL tab query may run before it is cancelled, in milliseconds. */
export const SQL_TIME_LIMIT_MS = 30_000;

/**
 * DuckDB's memory limit in the browser: a query that needs more fails with an error instead of taking
 * the tab down.
 */
export const DUCKDB_MEMORY_LIMIT = "512MB";

/**
 * A database file up to this size is downloaded whole in one request (the real content's file is a few
 * MB: one request beats a dozen range requests on a phone's latency); a larger one is read with HTTP
 * range requests, only the pages each query needs.
 */
export const DATABASE_WHOLE_MAX_BYTES = 8 * 1024 * 1024;
