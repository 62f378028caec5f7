/**
 * Every problem found in a publisher's file is reported as an ImportError naming the file, the line
 * and the field, so that whoever refreshes the data can open the file at the right place.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(file: string, line: number | undefined, field: string | undefined, problem: string) {
    const where = [file, line === undefined ? undefined : `line ${line}`, field === undefined ? undefined : `field "${field}"`]
      .filter((part) => part !== undefined)
      .join(", ");
    super(`${where}: ${problem}`);
    this.name = "ImportError";
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

/** Thrown by value parsers; the row reader turns it into an ImportError with file, line and field. */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}
