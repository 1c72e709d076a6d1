// The one rule of every line number opkoers gives for a file — CSV issue paths and messages, CsvBudget.rows, the
// line of a bad byte: the line an editor shows, counted from 1. \r\n, \n and a lone \r each end one line, also
// inside a quoted CSV cell; a byte-order mark is a character, not a line end.

/** Whether the code unit at `i` ends a line: a \n, or a \r that no \n follows. */
function endsLine(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a);
}

/** The line ends in `text` (a \r at its very end ends a line). */
export function breaksIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (endsLine(text, i)) count++;
  return count;
}

/**
 * Lines of places given as UTF-8 byte offsets into `text` (csv-parse reports where a record ends as such an
 * offset, `info.bytes`, exactly, where its `raw` text leaves out part of a \r\n). Asked in ascending order, the
 * text is walked once.
 */
export interface LineSweep {
  /** The line of the character at byte offset `byte`. */
  lineAt(byte: number): number;
  /**
   * The line where the content at byte offset `byte` starts: line ends there (at most `limit` bytes of them,
   * the length of the record) are passed over, so a record that begins with the \n of a line end its
   * predecessor did not take (a file with mixed line ends) is numbered where an editor shows its text.
   */
  contentLineAt(byte: number, limit: number): number;
}

/** A {@link LineSweep} over `text`. */
export function sweepLines(text: string): LineSweep {
  let i = 0;
  let byte = 0;
  let line = 1;
  const advance = (to: number): void => {
    while (i < text.length && byte < to) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        byte += 1;
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++; // endsLine, inlined: the hot path
      } else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        byte += 4; // a surrogate pair is one character of four bytes
        i++;
      } else byte += 3; // a lone surrogate is written as U+FFFD, three bytes
      i++;
    }
  };
  return {
    lineAt(to) {
      advance(to);
      return line;
    },
    contentLineAt(to, limit) {
      advance(to);
      let at = line;
      for (let j = i; j < text.length && j - i < limit; j++) {
        const c = text.charCodeAt(j);
        if (c !== 0x0a && c !== 0x0d) return at;
        if (endsLine(text, j)) at++;
      }
      return line;
    },
  };
}
