import { afterEach, describe, expect, it, vi } from "vitest";

// formatAmount groups with Intl.NumberFormat("nl-NL") when the runtime has Dutch data, and by hand
// when it does not (a small-ICU build formats "1,234"). Both paths must give the same text.
describe("groupThousands", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("uses Intl.NumberFormat('nl-NL') when it groups the Dutch way", async () => {
    const locales: unknown[] = [];
    const RealNumberFormat = Intl.NumberFormat;
    class Recording extends RealNumberFormat {
      constructor(locale?: string, options?: Intl.NumberFormatOptions) {
        super(locale, options);
        locales.push(locale);
      }
    }
    vi.stubGlobal("Intl", { NumberFormat: Recording });
    vi.resetModules();
    const { groupThousands } = await import("../../src/money/_internal/groupThousands.js");
    expect(groupThousands(46634000n)).toBe("46.634.000");
    expect(locales).toEqual(["nl-NL"]);
  });

  it("groups by hand when the runtime has no Dutch locale data", async () => {
    const realIntl = Intl;
    const english = new realIntl.NumberFormat("en-US");
    class EnglishOnly {
      format(value: bigint | number): string {
        return english.format(value);
      }
    }
    vi.stubGlobal("Intl", { NumberFormat: EnglishOnly });
    vi.resetModules();
    const { groupThousands } = await import("../../src/money/_internal/groupThousands.js");
    expect(groupThousands(1234567n)).toBe("1.234.567");
    expect(groupThousands(999n)).toBe("999");
    expect(groupThousands(0n)).toBe("0");
  });
});
