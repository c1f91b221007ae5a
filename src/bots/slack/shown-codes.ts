const LIMIT = 200;

/**
 * The sign-in codes this process has shown to people. The Web API client logs request bodies at debug level, and a
 * code has no fixed shape that generic redaction could recognise, so every log line is scrubbed of the known ones.
 */
export class ShownCodes {
  private readonly codes: string[] = [];

  add(code: string): void {
    if (code.length < 4 || this.codes.includes(code)) return;
    this.codes.push(code);
    if (this.codes.length > LIMIT) this.codes.shift();
  }

  scrub(text: string): string {
    let out = text;
    for (const code of this.codes) if (out.includes(code)) out = out.split(code).join('[redacted code]');
    return out;
  }
}
