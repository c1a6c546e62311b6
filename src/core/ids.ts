/**
 * Branded identifiers: an `ArticleId` cannot be passed where an `EntityId` is expected,
 * although both are strings at run time.
 */
declare const brand: unique symbol;

/** A value of type `T` tagged with the compile-time brand `B`. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type EntityId = Brand<string, 'EntityId'>;
export type MentionId = Brand<string, 'MentionId'>;
export type AttributionId = Brand<string, 'AttributionId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type TimexId = Brand<string, 'TimexId'>;
export type PlaceId = Brand<string, 'PlaceId'>;
export type EventId = Brand<string, 'EventId'>;
export type StoryId = Brand<string, 'StoryId'>;

/** Casts a string into a branded id. Use only where ids are minted or read back from storage. */
export function asId<I extends Brand<string, string>>(value: string): I {
  return value as I;
}
