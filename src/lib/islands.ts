/**
 * How an island that waits for the browser to be idle (`client:idle={IDLE_ISLAND}`) starts: when the browser is
 * idle, and at the latest after `timeout` ms. A busy phone, or a page still loading on a slow one, may not be idle
 * for a long time; without the limit the island's inputs would stay disabled until then.
 */
export const IDLE_ISLAND = { timeout: 1500 } as const;
