import { describe, expect, it } from "vitest";
import { euro } from "opkoers/money";
import { programmeShare } from "opkoers/budget";
import { almereGezondheid2024, ALMERE_TOTALS_2024, gezondheid2024, impliedTotalRange } from "../../examples/almere-gezondheid-2024.js";

describe("examples/almere-gezondheid-2024", () => {
  const result = almereGezondheid2024();

  it("reproduces the published amounts × € 1.000 from the budget lines", () => {
    expect(result.lasten).toBe("46.634");
    expect(result.baten).toBe("4.742");
  });

  it("does not invent the totals: without them the shares are marked to be confirmed", () => {
    expect(ALMERE_TOTALS_2024).toBeNull();
    expect(result.shares).toBe("totals to be confirmed");
  });

  it("computes which totals the published 4,1 % and 0,4 % imply, and the bounds really give those percentages", () => {
    expect(result.impliedTotals).toEqual({ lasten: ["1.123.711", "1.151.457"], baten: ["1.053.778", "1.354.857"] });
    const range = impliedTotalRange(euro(46_634_000), 41);
    const share = (total: number): number | null => {
      const s = programmeShare(gezondheid2024, "gezondheid", { totals: { expenses: euro(total / 100), revenue: euro(1) } }).expensesShare;
      return s.defined ? s.value : null;
    };
    expect(share(range.atMost)).toBe(4.1);
    expect(share(range.atMost + 1)).toBe(4);
    expect(share(range.above + 1)).toBe(4.1);
    expect(share(range.above)).toBe(4.2);
  });

  it("shows that the only public figure found (ongeveer € 1,2 miljard) is not the exact total", () => {
    expect(result.omroepAlmereShare).toBe("3,9 %");
  });

  it("computes the shares from totals when they are given", () => {
    const withTotals = almereGezondheid2024({ expenses: euro(1_000_000_000), revenue: euro(1_000_000_000) });
    expect(withTotals.shares).toEqual({ lasten: "4,7 %", baten: "0,5 %" });
  });
});
