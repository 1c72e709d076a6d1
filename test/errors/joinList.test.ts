// Issue 19: lists in generated sentences as Dutch writes them, "a, b of c", without a comma before "of"/"en".
import { describe, expect, it } from "vitest";
import { joinList } from "../../src/errors/_internal/joinList.js";

describe("joinList", () => {
  it("joins with commas and a last 'of'/'en' ('or'/'and'), never a comma before it", () => {
    expect(joinList([], "or", "nl")).toBe("");
    expect(joinList(["a"], "or", "nl")).toBe("a");
    expect(joinList(["a", "b"], "or", "nl")).toBe("a of b");
    expect(joinList(["a", "b", "c"], "or", "nl")).toBe("a, b of c");
    expect(joinList(["a", "b", "c"], "and", "nl")).toBe("a, b en c");
    expect(joinList(["a", "b", "c"], "or", "en")).toBe("a, b or c");
    expect(joinList(["a", "b", "c"], "and", "en")).toBe("a, b and c");
  });
});
