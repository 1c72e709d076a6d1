import { isDomainError } from "opkoers/calendar";
import { expect } from "vitest";

/** Expect `run` to throw a DomainError with `code`. */
export function expectCode(run: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isDomainError(thrown), `expected a DomainError, got ${String(thrown)}`).toBe(true);
  expect((thrown as { code: string }).code).toBe(code);
}
