import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("examples/money-tour.ts (the README's main job)", () => {
  it("prints the seed figures, computed", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", join(root, "examples", "money-tour.ts")], { cwd: root, encoding: "utf8" });
    // Almere Gezondheid 2024 (seed 000): lasten 46.634, baten 4.742 (× € 1.000); saldo is baten − lasten.
    expect(output).toContain("lasten    46.634");
    expect(output).toContain("baten      4.742");
    expect(output).toContain("saldo   (41.892)");
    // Almelo (seed 002): 75 % of 1.454 / 1.365 / 1.258 is published as 1.091 / 1.024 / 944.
    expect(output).toMatch(/75 % vanaf 2023 +1\.614 +1\.091 +1\.024 +944/);
    expect(output).toContain("= € 9.600,00");
    expect(output).toContain("gepresenteerd als 2 + 1 + 1 = 4");
  });
});
