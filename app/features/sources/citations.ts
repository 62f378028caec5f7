/** A source as pages cite it: enough to credit it and let a reader find it. */
export interface SourceCitation {
  id: string;
  publisher: string;
  title: string;
  vintage: string | null;
  url: string | null;
  attribution: string;
  license: string;
}
