/** Areas grouped by class, the shape a choropleth paint expression needs (one branch per non-empty class). */

/** For each class 0…binCount-1, the codes of the areas in it (no-data areas, class -1, are left out). */
export function groupCodesByClass(areaCodes: ReadonlyArray<string>, classIndexes: ArrayLike<number>, binCount: number): string[][] {
  const groups: string[][] = Array.from({ length: binCount }, () => []);
  for (let i = 0; i < classIndexes.length; i++) {
    const classIndex = classIndexes[i];
    if (classIndex >= 0 && classIndex < binCount) groups[classIndex].push(areaCodes[i]);
  }
  return groups;
}
