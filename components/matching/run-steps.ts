// Runs a sliced computation (a generator that yields where the page could be given a turn) to its
// end at once: for tests, the `check` command, the benchmark, and callers with nothing to yield to.
export function runSteps<T, N>(steps: Generator<unknown, T, N>, ...next: [] | [N]): T {
  for (;;) {
    const step = steps.next(...next);
    if (step.done) return step.value;
  }
}
