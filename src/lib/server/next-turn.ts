/** Lets other requests run before a long task goes on: a slice of an export, a facet count. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
