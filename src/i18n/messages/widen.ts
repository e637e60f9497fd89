type Widen<T> = T extends (params: infer P) => string ? (params: P) => string : string;

/** A catalogue shape from its English source: literal strings widened to string. */
export type CatalogueOf<T> = { readonly [K in keyof T]: Widen<T[K]> };
