// Writing the output of a command safely: never onto its own input, and never half. The Node side (`nodeFiles`)
// takes the fs functions as an argument, so that bin.ts stays the only file that imports node:fs and the tests
// can run it on real files.

/** What identifies a file: its real path (symbolic links resolved) and, where the file system has them, device and inode. */
export interface FileIdentity {
  readonly realPath: string;
  readonly dev?: number | bigint;
  readonly ino?: number | bigint;
}

/** The part of the io that tells whether two paths are the same file. */
export interface IdentifyingIo {
  readonly identify?: (path: string) => Promise<FileIdentity | undefined>;
}

/** A path with `.` and `..` segments and repeated separators removed (lexically; no file system). */
export function normalizePath(path: string): string {
  const unified = path.replace(/\\/g, "/");
  const absolute = unified.startsWith("/");
  const parts: string[] = [];
  for (const part of unified.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  return `${absolute ? "/" : ""}${parts.join("/")}` || ".";
}

/**
 * Whether `a` and `b` name the same file: the same path after normalising, or — when the io can identify
 * files — the same real path, or the same device and inode (a hard link). A path that does not exist is not
 * the same file as one that does.
 */
export async function isSameFile(io: IdentifyingIo, a: string, b: string): Promise<boolean> {
  if (normalizePath(a) === normalizePath(b)) return true;
  if (io.identify === undefined) return false;
  const [x, y] = await Promise.all([identifySafely(io.identify, a), identifySafely(io.identify, b)]);
  if (x === undefined || y === undefined) return false;
  if (x.realPath === y.realPath) return true;
  return x.dev !== undefined && x.ino !== undefined && y.dev !== undefined && y.ino !== undefined && BigInt(x.dev) === BigInt(y.dev) && BigInt(x.ino) === BigInt(y.ino) && BigInt(x.ino) !== 0n;
}

async function identifySafely(identify: (path: string) => Promise<FileIdentity | undefined>, path: string): Promise<FileIdentity | undefined> {
  try {
    return await identify(path);
  } catch {
    return undefined;
  }
}

/** The node:fs/promises functions the Node io uses. */
export interface NodeFsPromises {
  realpath(path: string): Promise<string>;
  stat(path: string, options: { bigint: true }): Promise<{ readonly dev: bigint; readonly ino: bigint; readonly mode: bigint; isFile(): boolean }>;
  open(path: string, flags: string, mode?: number): Promise<{ writeFile(data: string, encoding: "utf8"): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  writeFile(path: string, data: string, encoding: "utf8"): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

const isMissing = (error: unknown): boolean => typeof error === "object" && error !== null && "code" in error && ((error as { code: unknown }).code === "ENOENT" || (error as { code: unknown }).code === "ENOTDIR");

/** The identity of the file at `path`, or `undefined` when there is none. */
export async function nodeIdentify(fs: NodeFsPromises, path: string): Promise<FileIdentity | undefined> {
  try {
    const realPath = await fs.realpath(path);
    const stats = await fs.stat(realPath, { bigint: true });
    return { realPath, dev: stats.dev, ino: stats.ino };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** The folder part of a path (`"."` for a bare file name). */
function folderOf(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return slash < 0 ? "." : slash === 0 ? path.slice(0, 1) : path.slice(0, slash);
}

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Write `content` to `path` so that a reader never sees half of it and a failure leaves the old file as it
 * was: write a temporary file in the same folder (same file system), flush it, then rename it over the target.
 * A symbolic link is followed (the file it points to is replaced, the link stays), and the mode of an
 * existing file is kept. A target that exists but is not a regular file (a terminal, a pipe, `/dev/stdout`)
 * is written to directly: there is nothing to replace there.
 */
export async function writeFileAtomically(fs: NodeFsPromises, path: string, content: string): Promise<void> {
  let target = path;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  let mode = 0o666;
  try {
    const stats = await fs.stat(target, { bigint: true });
    if (!stats.isFile()) {
      await fs.writeFile(target, content, "utf8");
      return;
    }
    mode = Number(stats.mode & 0o7777n);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const slash = Math.max(target.lastIndexOf("/"), target.lastIndexOf("\\"));
  const name = target.slice(slash + 1);
  const folder = folderOf(target);
  const temporary = `${folder === "." && slash < 0 ? "" : `${folder === "/" ? "" : folder}/`}.${name}.${randomSuffix()}.tmp`;
  try {
    const handle = await fs.open(temporary, "wx", mode);
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
