/** Sizes that keep the explorer readable and fast on large corpora. */

/** Rows of the results table rendered at once; "Hiện thêm" adds as many again. */
export const TABLE_PAGE = 200;

/** Rows of a SQL tab result shown on the page. */
export const SQL_ROWS_SHOWN = 1000;
