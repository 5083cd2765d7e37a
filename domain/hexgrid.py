"""Schematic hex tiles for any province: one equal pointy-top hexagon per kab/kota, placed by an
exact assignment of the districts' centroids to the cells of a grid (minimum total displacement,
the Hungarian algorithm), so that the layout echoes the real map and neighbours stay neighbours.

Pure: points in, cells out; no I/O and no geometry library (the caller says which cells lie in the
province, ``inside``). Coordinates are plain (x, y) pairs; the scripts pass lon/lat degrees, as
scripts/make_tiles.py draws its tiles (near the equator a degree is ~111 km both ways; the
province's own latitude scale is left to the caller).

The grid is the one of scripts/make_tiles.py: (column, row), row 0 at the top, odd rows shifted
half a tile to the east; ``radius`` is centre to vertex.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

Cell = tuple[int, int]  # (column, row)
Point = tuple[float, float]  # (x, y): east, north
# inside(centres, radius) -> which of these cell centres lie in the area (for a grid of radius)
Inside = Callable[[Sequence[Point], float], Sequence[bool]]

SQRT3 = math.sqrt(3.0)


def centre(cell: Cell, radius: float, origin: Point = (0.0, 0.0)) -> Point:
    column, row = cell
    return (origin[0] + SQRT3 * radius * (column + 0.5 * (row % 2)),
            origin[1] - 1.5 * radius * row)


def neighbours(cell: Cell) -> list[Cell]:
    """The six cells that share an edge with ``cell``."""
    column, row = cell
    shift = row % 2  # odd rows sit half a tile east: their diagonal neighbours are column, +1
    return [(column - 1, row), (column + 1, row),
            (column - 1 + shift, row - 1), (column + shift, row - 1),
            (column - 1 + shift, row + 1), (column + shift, row + 1)]


def adjacent(a: Cell, b: Cell) -> bool:
    return b in neighbours(a)


def hexagon(point: Point, radius: float, digits: int = 6) -> list[list[float]]:
    """The closed ring of the hexagon around ``point``: counter-clockwise from the east-south-east
    vertex (RFC 7946 order), as scripts/make_tiles.py writes it."""
    ring = []
    for k in range(6):
        angle = math.radians(-30 + 60 * k)
        ring.append([round(point[0] + radius * math.cos(angle), digits),
                     round(point[1] + radius * math.sin(angle), digits)])
    ring.append(ring[0])
    return ring


def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """An assignment of each row to a distinct column with the least total cost (rows <= columns):
    the column of each row. Shortest augmenting paths with potentials, O(rows^2 * columns);
    ties go to the lower column, so the result is deterministic."""
    n = len(cost)
    m = len(cost[0]) if n else 0
    if n > m:
        raise ValueError(f"{n} rows but only {m} columns: every row needs its own column")
    u = [0.0] * (n + 1)  # row potentials (1-based; 0 is the virtual start)
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j]: the row that holds column j, 0 if free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        least = [math.inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = row[j - 1] - u[i0] - v[j]
                if reduced < least[j]:
                    least[j], way[j] = reduced, j0
                if least[j] < delta:
                    delta, j1 = least[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column_of = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            column_of[owner[j] - 1] = j - 1
    return column_of


def displacement(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


@dataclass(frozen=True)
class Layout:
    cells: dict[str, Cell]  # code -> cell, in the order of the codes given
    radius: float
    origin: Point
    displacement: float  # total, in the points' units

    def centre(self, code: str) -> Point:
        return centre(self.cells[code], self.radius, self.origin)


def assign(points: dict[str, Point], cells: Iterable[Cell], radius: float,
           origin: Point) -> dict[str, Cell]:
    """Each code to its own cell, the total displacement (centroid to cell centre) least."""
    codes = sorted(points)
    candidates = sorted(set(cells), key=lambda c: (c[1], c[0]))
    cost = [[displacement(points[code], centre(cell, radius, origin)) for cell in candidates]
            for code in codes]
    chosen = hungarian(cost)
    by_code = {code: candidates[j] for code, j in zip(codes, chosen)}
    return {code: by_code[code] for code in points}


def grid_cells(bounds: tuple[float, float, float, float], radius: float,
               shift: Point = (0.0, 0.0)) -> tuple[Point, list[Cell]]:
    """(origin, every cell whose centre lies within ``bounds`` grown by one cell); ``shift``
    moves the grid by that fraction of a cell's width and row height."""
    minx, miny, maxx, maxy = bounds
    origin = (minx - SQRT3 * radius * (1 - shift[0]), maxy + 1.5 * radius * (1 - shift[1]))
    columns = int(math.ceil((maxx - minx) / (SQRT3 * radius))) + 3
    rows = int(math.ceil((maxy - miny) / (1.5 * radius))) + 3
    return origin, [(c, r) for r in range(rows) for c in range(columns)]


def _cells_inside(bounds, radius, shift, inside: Inside | None) -> tuple[Point, list[Cell]]:
    origin, cells = grid_cells(bounds, radius, shift)
    if inside is not None:
        flags = inside([centre(c, radius, origin) for c in cells], radius)
        cells = [c for c, keep in zip(cells, flags) if keep]
    return origin, cells


def _radius_for(bounds, needed: float, inside: Inside | None, steps: int) -> float:
    """The largest radius (from one cell over the whole extent down, in steps of 5 %) at which
    at least ``needed`` cells lie inside."""
    radius = max(bounds[2] - bounds[0], bounds[3] - bounds[1], 1e-9)
    for _ in range(steps):
        if len(_cells_inside(bounds, radius, (0.0, 0.0), inside)[1]) >= needed:
            return radius
        radius *= 0.95
    raise ValueError(f"no grid with {needed:.0f} cells inside the area in {steps} steps")


SPARES = (0.1, 0.25, 0.5)  # spare cells tried, as a share of the points
SHIFTS = tuple((a / 3, b / 3) for b in range(3) for a in range(3))  # grid offsets tried


def layout(points: dict[str, Point], inside: Inside | None = None, *,
           bounds: tuple[float, float, float, float] | None = None,
           pairs: Iterable[tuple[str, str]] = (), spares: Sequence[float] = SPARES,
           shifts: Sequence[Point] = SHIFTS, steps: int = 200) -> Layout:
    """The tiles for ``points``. For each share of spare cells, the largest tile at which the
    cells inside the area number at least len(points) * (1 + spare); for each of those grids,
    moved by each of ``shifts``, the exact assignment of least total displacement onto the cells
    inside. Of these candidates the one that keeps the most of ``pairs`` (codes whose areas share
    a boundary) as neighbouring tiles wins, then the least displacement in tile widths. Without
    ``inside``, every cell within ``bounds`` (default: the points' extent) counts."""
    if not points:
        raise ValueError("no points")
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    bounds = bounds or (min(xs), min(ys), max(xs), max(ys))
    pairs = list(pairs)
    best: tuple[tuple[int, float], Layout] | None = None
    for spare in spares:
        needed = len(points) * (1 + spare)
        radius = _radius_for(bounds, needed, inside, steps)
        for shift in shifts:
            origin, cells = _cells_inside(bounds, radius, shift, inside)
            if len(cells) < len(points):
                continue
            placed = assign(points, cells, radius, origin)
            total = sum(displacement(points[c], centre(placed[c], radius, origin)) for c in points)
            score = (-kept_pairs(pairs, placed)[0], total / radius)
            if best is None or score < best[0]:
                best = score, Layout(placed, radius, origin, total)
    assert best is not None  # the unshifted grid of each spare has the cells
    return best[1]


def kept_pairs(pairs: Iterable[tuple[str, str]], cells: dict[str, Cell]) -> tuple[int, int]:
    """(how many of ``pairs`` are adjacent tiles in ``cells``, how many pairs there are)."""
    pairs = list(pairs)
    return sum(adjacent(cells[a], cells[b]) for a, b in pairs), len(pairs)


def tile_pairs(cells: dict[str, Cell]) -> list[tuple[str, str]]:
    """The pairs of codes whose tiles share an edge, each once (codes in order)."""
    at = {cell: code for code, cell in cells.items()}
    return sorted({tuple(sorted((code, at[n]))) for code, cell in cells.items()
                   for n in neighbours(cell) if n in at})
