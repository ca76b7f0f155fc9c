"""Reading a query to its last page, as a view scrolling to the end does."""


def all_pages(next_page, limit):
    """Every row: ``next_page(rows read so far)`` is called until a page comes back short."""
    rows = []
    while True:
        batch = next_page(rows)
        rows.extend(batch)
        if len(batch) < limit:
            return rows
        assert len(rows) < 10**5, "paging does not end"


def ids(rows):
    return [r.id for r in rows]
