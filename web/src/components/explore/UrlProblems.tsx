/** What a link held that the page could not use: named, so a stale or hand-edited link explains itself. */
export function UrlProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="url-problems" role="status" data-testid="url-problems">
      This link held values the page cannot use; they were ignored:
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
