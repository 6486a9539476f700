/**
 * Hands the results of numbered tasks (0, 1, 2… in the order they were sent) to `apply` in that order,
 * whatever order they arrive in: a report built from them is the same in every run. It holds only the
 * results that arrived early, so at most as many as there are tasks in flight.
 */
export class InOrder<T> {
  private next = 0;
  private readonly early = new Map<number, T>();

  constructor(private readonly apply: (result: T) => void) {}

  /** The result of task number `seq`; applied now if every earlier task's result has been. */
  put(seq: number, result: T): void {
    if (seq !== this.next) {
      this.early.set(seq, result);
      return;
    }
    this.apply(result);
    this.next += 1;
    for (let r = this.early.get(this.next); r !== undefined; r = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.apply(r);
      this.next += 1;
    }
  }
}
