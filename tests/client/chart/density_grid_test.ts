import { test } from "uvu";
import * as assert from "uvu/assert";
import { densityGrid } from "../../../gui/client/chart/density_grid.ts";

/** A lattice of `rows` latitudes by `columns` longitudes, as the pollution sensors lay them out. */
function lattice(rows: number, columns: number, value: (row: number, column: number) => number) {
  const lat: number[] = [];
  const lon: number[] = [];
  const z: number[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      lat.push(48.8 + (0.12 * row) / (rows - 1));
      lon.push(2.22 + (0.26 * column) / (columns - 1));
      z.push(value(row, column));
    }
  }
  return { lat, lon, z };
}

test("densityGrid() counts the points per cell when there are no values", () => {
  const grid = densityGrid([0, 0, 1, 2, 3, 4, 5, 6], [0, 0, 1, 2, 3, 4, 5, 6], { cells: 2 });
  assert.equal(grid.cells, [[0, 0, 4], [1, 1, 4]]);
  assert.equal(grid.xs, [1.5, 4.5], "equal cells over the extent, by their centres");
  assert.equal(densityGrid([], [], { cells: 4 }), { xs: [], ys: [], cells: [] });
});

test("densityGrid() shows the mean of the values in each cell, not their sum", () => {
  const grid = densityGrid([0, 0, 1], [0, 0, 1], { values: [4, 6, 1], cells: 2 });
  assert.equal(grid.cells, [[0, 0, 5], [1, 1, 1]]);
  assert.equal(
    densityGrid([0, 1, 2], [0, 1, 2], { values: [5, "x", 7], cells: 1 }).cells,
    [[0, 0, 6]],
    "points without a numeric value are left out",
  );
});

test("densityGrid() keeps the values' range whatever the resolution", () => {
  const { lat, lon, z } = lattice(30, 241, (row, column) => (row * column) % 141);
  for (const cells of [6, 20, 40]) {
    const values = densityGrid(lon, lat, { values: z, cells }).cells.map((cell) => cell[2]);
    assert.ok(Math.min(...values) >= 0 && Math.max(...values) <= 140, `${cells} cells`);
  }
  const flat = lattice(30, 241, () => 7);
  const cells = densityGrid(flat.lon, flat.lat, { values: flat.z, cells: 40 }).cells;
  assert.ok(cells.every((cell) => cell[2] === 7), "a uniform field stays uniform");
});

test("densityGrid() gives a lattice axis one cell per value, so no row of cells stays empty", () => {
  const { lat, lon, z } = lattice(30, 241, () => 1);
  const grid = densityGrid(lon, lat, { values: z, cells: 40 });
  assert.is(grid.ys.length, 30, "30 latitudes, 30 rows");
  assert.is(grid.xs.length, 40, "241 longitudes in 40 columns");
  assert.ok(Math.abs((grid.ys[0] ?? 0) - 48.8) < 1e-9 && Math.abs((grid.ys[29] ?? 0) - 48.92) < 1e-9);
  assert.is(grid.cells.length, 30 * 40, "every cell holds points");
  assert.equal(densityGrid([3, 3], [5, 5], { cells: 4 }), { xs: [3], ys: [5], cells: [[0, 0, 2]] });
});

test.run();
