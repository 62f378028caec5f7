/**
 * The short, stable name of a data version, used in ETags, page-cache keys and pinned links (`&data=v3-1a2b3c4d`).
 * One definition for the app and the server shell. docs/decisions/008-pinned-data-versions.md.
 */
/** `v<id>-<first 8 hex digits of the dataset hash>`, e.g. "v3-1a2b3c4d". */
export const DATA_VERSION_TAG_PATTERN = /^v([1-9][0-9]{0,8})-([0-9a-f]{8})$/;

export function dataVersionTag(id: number, datasetHash: string): string {
  return `v${id}-${datasetHash.slice(0, 8)}`;
}

/** The id and hash prefix a tag names, or null when it is not a tag. */
export function parseDataVersionTag(tag: string): { id: number; hashPrefix: string } | null {
  const match = DATA_VERSION_TAG_PATTERN.exec(tag);
  return match ? { id: Number(match[1]), hashPrefix: match[2]! } : null;
}
