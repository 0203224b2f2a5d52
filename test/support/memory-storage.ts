/** storage.local as the background sees it, for unit tests: async, and it counts its writes. */
export function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const written: string[][] = [];
  return {
    data,
    written,
    writes: () => writes,
    async get(keys: string | string[] | null) {
      await Promise.resolve();
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : (keys ?? Object.keys(data))) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      await new Promise((r) => setTimeout(r, 1));
      writes++;
      written.push(Object.keys(items));
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string[]) {
      for (const k of keys) delete data[k];
    },
  };
}
