/** The keys handoff tokens are signed with. The first signs; every listed key still verifies (rotation). */
export interface HandoffKeys {
  signing: { kid: string; secret: string };
  byKid: ReadonlyMap<string, string>;
}

/**
 * Reads HANDOFF_SECRETS (`kid1:secret1,kid2:secret2`, newest first) or a single HANDOFF_SECRET (kid `k1`).
 * Null when neither is set: links cannot be made or opened then.
 */
export function handoffKeysFrom(config: { HANDOFF_SECRET?: string | undefined; HANDOFF_SECRETS?: string | undefined }): HandoffKeys | null {
  const pairs: Array<[string, string]> = config.HANDOFF_SECRETS
    ? config.HANDOFF_SECRETS.split(',').map((pair) => {
        const at = pair.indexOf(':');
        return [pair.slice(0, at), pair.slice(at + 1)];
      })
    : config.HANDOFF_SECRET
      ? [['k1', config.HANDOFF_SECRET]]
      : [];
  const first = pairs[0];
  if (!first) return null;
  return { signing: { kid: first[0], secret: first[1] }, byKid: new Map(pairs) };
}
