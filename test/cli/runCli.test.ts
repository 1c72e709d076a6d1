import { describe, expect, it } from "vitest";
import { EXIT_CODES, runCli, type CliIo } from "opkoers/cli";
import { memoryIo } from "./_io.js";

const withoutVersion = (): ReturnType<typeof memoryIo> & CliIo => {
  const io = memoryIo();
  return { ...io, version: undefined } as never;
};

describe("runCli: general flags", () => {
  it("prints unknown as the version when the io has none", async () => {
    const io = withoutVersion();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(io.out()).toBe("unknown\n");
    const command = withoutVersion();
    expect(await runCli(["schema", "--version"], command)).toBe(0);
    expect(command.out()).toBe("unknown\n");
  });

  it("takes --lang=en before the command", async () => {
    const io = memoryIo();
    expect(await runCli(["--lang=en", "schema", "nergens"], io)).toBe(EXIT_CODES.usage);
    expect(io.err()).toBe('opkoers: unknown document type "nergens"; choose from planning, begroting, bestuursrapportage, jaarverslag, budget, report.\n');
    const mixed = memoryIo();
    expect(await runCli(["--lang=en", "--lang", "en", "schema", "nergens"], mixed)).toBe(EXIT_CODES.usage);
    expect(mixed.err()).toContain("unknown document type");
  });

  it("prints the help on stderr and exits 2 when there is only a language", async () => {
    for (const args of [["--lang", "en"], ["--lang=en"], ["--lang=en", "--lang", "en"]]) {
      const io = memoryIo();
      expect(await runCli(args, io), args.join(" ")).toBe(EXIT_CODES.usage);
      expect(io.out()).toBe("");
      expect(io.err()).toMatch(/^opkoers — Dutch municipal planning & control .*\n\nUsage: opkoers <command>/);
    }
    const nl = memoryIo();
    expect(await runCli(["--lang", "nl"], nl)).toBe(EXIT_CODES.usage);
    expect(nl.err()).toMatch(/\nGebruik: opkoers <commando>/);
  });

  it("names an unknown command in the language asked for", async () => {
    const en = memoryIo();
    expect(await runCli(["frobnicate", "--lang", "en"], en)).toBe(EXIT_CODES.usage);
    expect(en.err()).toBe('opkoers: unknown command "frobnicate"; choose from validate, report, iv3, schema (opkoers --help).\n');
    const nl = memoryIo();
    expect(await runCli(["frobnicate"], nl)).toBe(EXIT_CODES.usage);
    expect(nl.err()).toBe('opkoers: onbekend commando "frobnicate"; kies uit validate, report, iv3, schema (opkoers --help).\n');
  });

  it("names an option the command does not know, with the command's help", async () => {
    const io = memoryIo();
    expect(await runCli(["schema", "--kleur", "rood"], io)).toBe(EXIT_CODES.usage);
    expect(io.err()).toMatch(/^opkoers schema: .*'--kleur'.* \(opkoers schema --help\)\n$/);
  });
});

describe("runCli: an io that fails", () => {
  const failingStdout = (thrown: unknown): ReturnType<typeof memoryIo> => {
    const io = memoryIo();
    return {
      ...io,
      stdout: () => {
        throw thrown;
      },
    };
  };

  it("reports an unexpected failure as an internal error with exit 1, and does not throw", async () => {
    const nl = failingStdout(new Error("[opkoers] schijf vol"));
    expect(await runCli(["--version"], nl)).toBe(EXIT_CODES.invalid);
    expect(nl.err()).toBe("opkoers: interne fout: schijf vol\n");
    const en = failingStdout(new Error("disk full"));
    expect(await runCli(["schema", "--lang", "en"], en)).toBe(EXIT_CODES.invalid);
    expect(en.err()).toBe("opkoers: internal error: disk full\n");
    const text = failingStdout("kapot");
    expect(await runCli(["--help"], text)).toBe(EXIT_CODES.invalid);
    expect(text.err()).toBe("opkoers: interne fout: kapot\n");
  });
});
