/** The most columns a preview lists in any one table: more would freeze the page for seconds. */
export const PREVIEW_COLUMNS = 50;
