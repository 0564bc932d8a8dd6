// The cache cannot be used: damaged, cut off, or not ours. The message says why, in German.
export class CacheDamage extends Error {}
