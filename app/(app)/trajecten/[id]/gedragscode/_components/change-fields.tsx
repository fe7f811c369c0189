/** The hidden fields every gedragscode change posts: which change, on which traject, based on which version. */
export function ChangeFields({ op, trajectId, version }: { op: string; trajectId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="trajectId" value={trajectId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
