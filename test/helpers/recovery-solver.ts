/**
 * A reader trying to undo small-number suppression, written independently of src/analysis/disclosure-audit.ts
 * so that tests of the suppression do not grade it with its own attack. Unknowns are whole counts ≥ 0;
 * what is published is facts: a sum of unknowns equal to a number, or (a "<5" cell) between 1 and 4.
 *  - `linearlyRecoverableTargets`: which sums of unknowns are fixed by the exact facts? (the target's
 *    indicator vector lies in the span of the facts' vectors)
 *  - `searchRecoverable`: enumerate every whole-number solution consistent with all facts (small cases
 *    only) and report the targets that take a single value in all of them.
 */

/** A published fact: Σ unknowns[atoms] = value, or with `small`, 1 ≤ Σ ≤ 4. */
export interface Fact {
  atoms: number[];
  value?: number;
  small?: boolean;
}

/** Reduces `v` by an echelon basis (pivot column per row); returns what is left. */
function reduce(basis: Array<{ pivot: number; row: Float64Array }>, v: Float64Array): Float64Array {
  const left = Float64Array.from(v);
  for (const { pivot, row } of basis) {
    const f = left[pivot];
    if (Math.abs(f) < 1e-9) continue;
    for (let j = 0; j < left.length; j++) left[j] -= f * row[j];
  }
  return left;
}

const vector = (atoms: number[], size: number) => {
  const v = new Float64Array(size);
  for (const a of atoms) v[a] += 1;
  return v;
};

/**
 * The targets (sums of unknowns) fixed exactly by the facts with a value: a target is fixed when its
 * indicator vector lies in the span of the facts' vectors (it reduces to nothing against their basis).
 */
export function linearlyRecoverableTargets(facts: ReadonlyArray<Fact>, targets: number[][], unknownCount: number): number[][] {
  const basis: Array<{ pivot: number; row: Float64Array }> = [];
  for (const fact of facts) {
    if (fact.value === undefined) continue;
    const left = reduce(basis, vector(fact.atoms, unknownCount));
    const pivot = left.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const scale = left[pivot];
    for (let j = 0; j < left.length; j++) left[j] /= scale;
    // Keep the basis reduced: earlier rows lose their entry in the new pivot column.
    for (const b of basis) {
      const f = b.row[pivot];
      if (Math.abs(f) > 1e-12) for (let j = 0; j < left.length; j++) b.row[j] -= f * left[j];
    }
    basis.push({ pivot, row: left });
  }
  return targets.filter((t) => reduce(basis, vector(t, unknownCount)).every((x) => Math.abs(x) < 1e-9));
}

/** True when Σ unknowns[target] follows exactly from the facts with a value. */
export function linearlyRecoverable(facts: ReadonlyArray<Fact>, target: number[], unknownCount: number): boolean {
  return linearlyRecoverableTargets(facts, [target], unknownCount).length === 1;
}

/**
 * The targets (sums of unknowns) that take one value in every whole-number solution of the facts, with
 * each unknown between 0 and `maxValue`. Exponential: for tables of a few withheld cells only.
 */
export function searchRecoverable(facts: ReadonlyArray<Fact>, targets: number[][], unknownCount: number, maxValue: number): number[] {
  const seen = targets.map(() => new Set<number>());
  const x = new Array<number>(unknownCount).fill(0);
  const holds = (f: Fact, complete: boolean) => {
    const sum = f.atoms.reduce((s, a) => s + x[a], 0);
    if (!complete) return sum <= (f.small ? 4 : f.value!);
    return f.small ? sum >= 1 && sum <= 4 : sum === f.value;
  };
  const factsEndingAt = Array.from({ length: unknownCount }, (_, k) => facts.filter((f) => Math.max(...f.atoms) === k));
  const open = (k: number) => facts.filter((f) => Math.max(...f.atoms) > k && f.atoms.some((a) => a <= k));
  const openAt = Array.from({ length: unknownCount }, (_, k) => open(k));
  const visit = (k: number) => {
    if (k === unknownCount) {
      targets.forEach((t, i) => seen[i].add(t.reduce((s, a) => s + x[a], 0)));
      return;
    }
    for (let v = 0; v <= maxValue; v++) {
      x[k] = v;
      if (factsEndingAt[k].every((f) => holds(f, true)) && openAt[k].every((f) => holds(f, false))) visit(k + 1);
    }
    x[k] = 0;
  };
  visit(0);
  return targets.map((_, i) => i).filter((i) => seen[i].size === 1);
}
