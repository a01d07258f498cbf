// Small reply helpers shared by the routes.

/** Waits for the use case, then answers 204 No Content. */
export async function noContent<T>(work: Promise<T>, reply: { code(n: number): { send(): unknown } }) {
  await work;
  return reply.code(204).send();
}
