/** "Voor bijeenkomst": which session a board link or a room is for (the board-link form and the room panel). */
export function SessionSelect({ sessions, defaultNumber }: { sessions: { number: number }[]; defaultNumber: number }) {
  return (
    <label className="text-sm font-semibold text-slate-800">
      Voor bijeenkomst
      <select
        name="number"
        defaultValue={defaultNumber}
        className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
      >
        {sessions.map((s) => (
          <option key={s.number} value={s.number}>
            Bijeenkomst {s.number}
          </option>
        ))}
      </select>
    </label>
  );
}
