/**
 * The name of a share link's parameter, apart from the rest of share.ts so the diagnostic's first load can
 * tell whether a link brings an assessment without loading the code that reads it.
 */
export const SHARE_PARAM = 'compartir';

/** Whether an address fragment ("#compartir=…", with or without "#") carries a share link's parameter. */
export const hasShareParam = (fragment: string): boolean =>
  new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment).has(SHARE_PARAM);
