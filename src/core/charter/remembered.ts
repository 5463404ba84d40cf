/**
 * A function of a text, remembered for the texts it was last asked about: at most `size` of them, the memory
 * emptied when full, so that a hostile page of endless distinct texts never makes it grow. Answers what
 * `compute` answers.
 */
export function rememberedUpTo<Value extends NonNullable<unknown> | null>(
  size: number,
  compute: (text: string) => Value,
): (text: string) => Value {
  const memory = new Map<string, Value>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      if (memory.size >= size) memory.clear();
      value = compute(text);
      memory.set(text, value);
    }
    return value;
  };
}
