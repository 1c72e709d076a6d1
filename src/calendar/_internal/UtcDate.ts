/**
 * A `Date` whose local-time methods work in UTC, so that date-fns (which
 * calls `getDate`, `setMonth`, `getTimezoneOffset`, …) computes on the
 * calendar date itself, whatever the machine's time zone is. The same idea
 * as `UTCDateMini` of `@date-fns/utc`, kept here to avoid a dependency.
 *
 * Setters forward exactly the arguments they were given: passing an
 * explicit `undefined` to a `Date` setter would make the date invalid.
 */
export class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return (Date.prototype.setUTCFullYear as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMonth(...args: [number, number?]): number {
    return (Date.prototype.setUTCMonth as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return (Date.prototype.setUTCHours as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return (Date.prototype.setUTCMinutes as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setSeconds(...args: [number, number?]): number {
    return (Date.prototype.setUTCSeconds as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** The date-fns v4 `in` context that makes a function compute in UTC. */
export const utc = (value: Date | number | string): UtcDate => new UtcDate(value instanceof Date ? value.getTime() : value);
