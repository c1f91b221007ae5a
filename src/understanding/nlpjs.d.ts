// NLP.js ships no type declarations; these cover the parts the interpreter uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(settings?: Record<string, unknown>, mustLoadEnv?: boolean): Container;
}

declare module '@nlpjs/nlu' {
  import type { Container } from '@nlpjs/core';
  export interface Classification {
    intent: string;
    score: number;
  }
  export class NluNeural {
    constructor(settings: Record<string, unknown>, container: Container);
    train(corpus: Array<{ utterance: string; intent: string }>): Promise<unknown>;
    process(text: string): Promise<{ classifications: Classification[] }>;
    toJSON(): Record<string, unknown>;
    fromJSON(json: Record<string, unknown>): void;
  }
}
