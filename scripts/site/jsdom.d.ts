// The part of jsdom's API the build uses (jsdom ships no types, and @types/jsdom lags its major
// versions): a document to draw the static parts into.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string, options?: {pretendToBeVisual?: boolean});
    readonly window: Window & typeof globalThis;
  }
}
