/** decap-cms-locales ships no types: a locale is a nested map of phrases. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
