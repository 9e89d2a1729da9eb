import * as z from 'zod/mini';

/**
 * A list whose invalid elements are dropped instead of failing the whole response:
 * a newer server may send entry types this console does not know yet.
 */
export function lenientList<T>(element: z.ZodMiniType<T>) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((list): T[] =>
      list.flatMap((value) => {
        const result = element.safeParse(value);
        return result.success ? [result.data] : [];
      }),
    ),
  );
}
