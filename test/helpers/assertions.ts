/** Assertions that cannot pass vacuously. */

/** Every item satisfies `predicate`, and there is at least one item; failures list the items that do not. */
export function expectEvery<T>(items: readonly T[], predicate: (item: T) => unknown): void {
  expect(items.length).toBeGreaterThan(0);
  expect(items.filter((item) => !predicate(item))).toEqual([]);
}
