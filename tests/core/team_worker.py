"""A reviewer in a separate process, for the concurrency and crash tests.

    python -m tests.core.team_worker URL REVIEWER MODE N

MODE 'race': decide N times on the dossier's findings (round robin), with the row version
last seen, retrying on conflict; prints "saved <decision id>" after each commit and
"conflict <candidate id>" for each refused stale write.
MODE 'loop': decide forever (until killed), printing "saved <decision id>" after each commit.
"""

from __future__ import annotations

import sys

from redactor.store import ConflictError, DossierStore


def main() -> None:
    url, reviewer, mode, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = DossierStore(url)
    doc = store.documents()[0]
    i = 0
    while mode == "loop" or i < n:
        cands = store.candidates(doc.id)
        cand = cands[i % len(cands)]
        action = "accept" if (i + len(reviewer)) % 2 else "reject"
        try:
            row = store.decide(doc.id, action, candidate_id=cand.id, reviewer=reviewer,
                               expected_version=cand.version, ground="5.1.2e")
        except ConflictError:
            print(f"conflict {cand.id}", flush=True)
            continue  # re-read and try again: the conflict was shown, nothing overwritten
        print(f"saved {row.id}", flush=True)
        i += 1


if __name__ == "__main__":
    main()
