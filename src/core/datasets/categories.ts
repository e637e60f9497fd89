// How many distinct values a text column may hold and still be a category: kept by the import
// beside the mapped fields, and offered as a segment filter (metrics.md §3b). Countries of the
// world fit; names, e-mails and ids do not.
export const MAX_CATEGORIES = 200;
