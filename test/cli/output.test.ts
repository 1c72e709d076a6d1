// --out never replaces the input, is written whole or not at all, and a failing command leaves it alone (issue 18).
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_CODES, runCli, type CliIo } from "opkoers/cli";
import { isSameFile, nodeIdentify, normalizePath, writeFileAtomically, type NodeFsPromises } from "../../src/cli/_internal/files.js";
import { ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";
import { memoryIo } from "./_io.js";

const planningJson = JSON.stringify(ALMERE_GEZONDHEID_2024);
const contact = ["--contact-naam", "A", "--contact-email", "a@almere.nl", "--contact-telefoon", "036 000 0000"];
const fs = fsp as unknown as NodeFsPromises;
const dir = mkdtempSync(join(tmpdir(), "opkoers-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("opkoers report/iv3 --out the input file", () => {
  it.each([["p.json"], ["./p.json"], ["sub/../p.json"], [".//p.json"]])("report p.json --out %s is refused with exit 2; the input is unchanged and nothing is written", async (out) => {
    const io = memoryIo({ "p.json": planningJson });
    expect(await runCli(["report", "p.json", "--out", out, "--lang", "en"], io)).toBe(EXIT_CODES.usage);
    expect(io.written("p.json")).toBe(planningJson);
    expect([...io.files.keys()]).toEqual(["p.json"]);
    expect(io.err()).toBe(`opkoers: --out ${out} is the input file p.json; opkoers does not overwrite its input. Choose another output file.\n`);
    expect(io.out()).toBe("");
  });

  it("iv3 b.json --out b.json is refused too, and so is a name that io.identify says is the same file (a link)", async () => {
    const io = memoryIo({ "b.json": "{}" });
    expect(await runCli(["iv3", "b.json", "--boekjaar", "2024", "--out", "b.json"], io)).toBe(EXIT_CODES.usage);
    expect(io.written("b.json")).toBe("{}");
    const linked: CliIo = { ...memoryIo({ "p.json": planningJson }), identify: async (path) => (path === "p.json" || path === "/home/x/link.json" ? { realPath: "/home/x/p.json" } : undefined) };
    expect(await runCli(["report", "p.json", "--out", "/home/x/link.json"], linked)).toBe(EXIT_CODES.usage);
    const hardLinked: CliIo = { ...memoryIo({ "p.json": planningJson }), identify: async (path) => ({ realPath: `/${path}`, dev: 1, ino: 42n }) };
    expect(await runCli(["report", "p.json", "--out", "q.json"], hardLinked)).toBe(EXIT_CODES.usage);
  });

  it("another file, or no input file, is written as before", async () => {
    const io = memoryIo({ "p.json": planningJson });
    expect(await runCli(["report", "p.json", "--out", "r.txt", "--as-of", "2024-10-20"], io)).toBe(EXIT_CODES.ok);
    expect(io.written("r.txt")).toContain("Gezondheid");
    const identified: CliIo = { ...memoryIo({ "p.json": planningJson }), identify: async (path) => (path === "p.json" ? { realPath: "/p.json", dev: 1, ino: 5 } : undefined) };
    expect(await runCli(["report", "p.json", "--out", "r.txt", "--as-of", "2024-10-20"], identified)).toBe(EXIT_CODES.ok);
    const failing: CliIo = { ...memoryIo({ "p.json": planningJson }), identify: async () => Promise.reject(new Error("EACCES")) };
    expect(await runCli(["report", "p.json", "--out", "r.txt", "--as-of", "2024-10-20"], failing)).toBe(EXIT_CODES.ok);
  });

  it("iv3 does not write --out when a CBS check fails: an existing output file stays as it was, exit 1", async () => {
    const io = memoryIo({ "b.csv": "Taakveld;Categorie;Lasten;Baten\n0.1;1.1;1000000;0\n", "iv3.json": "oud" });
    const args = ["iv3", "b.csv", "--boekjaar", "2024", "--overheidsnummer", "0034", "--naam", "Almere", ...contact, "--out", "iv3.json", "--lang", "en"];
    expect(await runCli(args, io)).toBe(EXIT_CODES.invalid);
    expect(io.written("iv3.json")).toBe("oud");
    expect(io.out()).toMatch(/cbs\.PF006 fail/);
    expect(io.err()).toBe("opkoers: the delivery was not written to iv3.json because a CBS check failed; without --out it goes to standard output.\n");
    // With --book-resultaat the deficit is booked on 0.11 and the delivery passes and is written.
    expect(await runCli([...args, "--book-resultaat"], io)).toBe(EXIT_CODES.ok);
    expect(JSON.parse(io.written("iv3.json") as string)).toMatchObject({ data: { baten: [{ taakveld: "0.11", categorie: "7.1", bedrag: 1000 }] } });
    expect(io.out()).toContain("booked on taakveld 0.11, categorie 7.1 (baten)");
  });
});

describe("runCli's own arguments", () => {
  it("rejects with a DomainError, never a TypeError, for argv or io that are not what it needs", async () => {
    const io = memoryIo();
    for (const argv of [null, undefined, 1, "report", {}, [1], [null]]) {
      await expect(runCli(argv as never, io)).rejects.toMatchObject({ name: "DomainError", code: "invalid_option" });
    }
    for (const bad of [null, undefined, 1, "x", [], {}, { ...io, stderr: 1 }, { ...io, now: "today" }, { ...io, identify: 1 }, { ...io, version: 1 }]) {
      await expect(runCli(["--version"], bad as never)).rejects.toMatchObject({ name: "DomainError", code: "invalid_option" });
    }
  });
});

describe("isSameFile and normalizePath", () => {
  it("compare spellings lexically without io.identify", async () => {
    expect(normalizePath("./a//b/../c.json")).toBe("a/c.json");
    expect(normalizePath("/../x")).toBe("/x");
    expect(normalizePath("../x")).toBe("../x");
    expect(normalizePath(".")).toBe(".");
    expect(normalizePath("a\\b.json")).toBe("a/b.json");
    expect(await isSameFile({}, "x.json", "./x.json")).toBe(true);
    expect(await isSameFile({}, "x.json", "/abs/x.json")).toBe(false);
    expect(await isSameFile({ identify: async () => ({ realPath: "/a", dev: 0, ino: 0 }) }, "a", "b")).toBe(true);
    expect(await isSameFile({ identify: async (p) => ({ realPath: `/${p}`, dev: 0, ino: 0 }) }, "a", "b")).toBe(false);
  });
});

describe("the Node io on real files", () => {
  const input = join(dir, "in.json");
  writeFileSync(input, planningJson);

  it("identifies the same file by ./ and absolute paths, a symbolic link and a hard link", async () => {
    symlinkSync(input, join(dir, "sym.json"));
    linkSync(input, join(dir, "hard.json"));
    const io = { identify: (path: string) => nodeIdentify(fs, path) };
    for (const other of [join(dir, ".", "in.json"), join(dir, "sym.json"), join(dir, "hard.json"), join(dir, "x", "..", "in.json")]) {
      expect(await isSameFile(io, input, other), other).toBe(true);
    }
    writeFileSync(join(dir, "other.json"), planningJson);
    expect(await isSameFile(io, input, join(dir, "other.json"))).toBe(false);
    expect(await isSameFile(io, input, join(dir, "missing.json"))).toBe(false);
    expect(await nodeIdentify(fs, join(dir, "missing", "x.json"))).toBeUndefined();
    expect(await nodeIdentify(fs, join(input, "x.json"))).toBeUndefined(); // ENOTDIR
  });

  it("runCli with the Node io refuses --out through a symbolic or a hard link and leaves the input intact", async () => {
    const io: CliIo = {
      ...memoryIo(),
      readFile: (path) => fsp.readFile(path),
      writeFile: (path, content) => writeFileAtomically(fs, path, content),
      identify: (path) => nodeIdentify(fs, path),
    };
    for (const out of [join(dir, "sym.json"), join(dir, "hard.json")]) {
      expect(await runCli(["report", input, "--out", out], io)).toBe(EXIT_CODES.usage);
    }
    expect(readFileSync(input, "utf8")).toBe(planningJson);
  });

  it("writes through a temporary file that is renamed: the result is whole, the mode kept, no temporary file left", async () => {
    const target = join(dir, "out.txt");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomically(fs, target, "new content");
    expect(readFileSync(target, "utf8")).toBe("new content");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    // Through a symbolic link: the file it points to is replaced, the link stays a link.
    symlinkSync(target, join(dir, "out-link.txt"));
    await writeFileAtomically(fs, join(dir, "out-link.txt"), "via link");
    expect(readFileSync(target, "utf8")).toBe("via link");
    await writeFileAtomically(fs, join(dir, "fresh.txt"), "fresh");
    expect(readFileSync(join(dir, "fresh.txt"), "utf8")).toBe("fresh");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a write that fails half-way leaves the old file as it was and removes the temporary file", async () => {
    const target = join(dir, "keep.txt");
    writeFileSync(target, "good");
    const broken: NodeFsPromises = {
      ...fs,
      realpath: (path) => fsp.realpath(path),
      stat: (path, options) => fsp.stat(path, options) as never,
      rm: (path, options) => fsp.rm(path, options),
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode);
        return {
          writeFile: async (data: string) => {
            await handle.writeFile(data.slice(0, 3), "utf8");
            throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await expect(writeFileAtomically(broken, target, "a much longer new content")).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(target, "utf8")).toBe("good");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes a target that is not a regular file directly, and passes other errors on", async () => {
    const writes: string[] = [];
    const device: NodeFsPromises = {
      ...fs,
      realpath: async (path) => path,
      stat: async () => ({ dev: 0n, ino: 0n, mode: 0o20666n, isFile: () => false }),
      writeFile: async (path) => void writes.push(path),
    };
    await writeFileAtomically(device, "/dev/stdout", "text");
    expect(writes).toEqual(["/dev/stdout"]);
    const denied: NodeFsPromises = { ...fs, realpath: async () => Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" })) };
    await expect(writeFileAtomically(denied, join(dir, "x.txt"), "x")).rejects.toThrow("EACCES");
    await expect(nodeIdentify(denied, join(dir, "x.txt"))).rejects.toThrow("EACCES");
    // A bare file name is written in the current folder's temporary file (no folder part).
    const names: string[] = [];
    const bare: NodeFsPromises = {
      ...fs,
      realpath: async () => Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" })),
      stat: async () => Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" })),
      open: async (path) => {
        names.push(path);
        return { writeFile: async () => undefined, sync: async () => undefined, close: async () => undefined };
      },
      rename: async (from, to) => void names.push(`${from} -> ${to}`),
    };
    await writeFileAtomically(bare, "r.html", "x");
    expect(names[0]).toMatch(/^\.r\.html\.[0-9a-f]{12}\.tmp$/);
    expect(names[1]).toMatch(/ -> r\.html$/);
    await writeFileAtomically(bare, "/r.html", "x");
    expect(names[2]).toMatch(/^\/\.r\.html\.[0-9a-f]{12}\.tmp$/);
  });
});
