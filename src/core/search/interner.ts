// Numbers strings in the order they are first met (0, 1, 2 …): the terms of an index being built, the tokens of
// a corpus being tokenised, in this thread or a worker.

export class Interner {
  private readonly ids = new Map<string, number>();
  /** The strings by id. */
  readonly list: string[] = [];

  /** The string's id, given on first sight (then it is the new last of `list`). */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }

  clear(): void {
    this.ids.clear();
    this.list.length = 0;
  }
}
