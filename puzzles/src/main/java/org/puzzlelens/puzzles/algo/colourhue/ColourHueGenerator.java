package org.puzzlelens.puzzles.algo.colourhue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;

/**
 * A linear board (1 x n, every tile shuffled) or a bilinear board (R x C, a few tiles shuffled), as
 * released. Gradient directions are drawn so that neighbouring tiles always differ visibly.
 */
final class ColourHueGenerator {
    static final String LINEAR = "linear";
    static final String BILINEAR = "bilinear";
    // the release has 20 linear and 80 bilinear boards; a choice is drawn uniformly, so the
    // bilinear layout is listed four times there
    static final Param.Choice LAYOUT = new Param.Choice(
            "layout",
            "a 1 x n strip fully shuffled, or an R x C board with some tiles shuffled",
            Map.of(
                    Preset.EASY,
                    List.of(LINEAR, BILINEAR),
                    Preset.ALGOPUZZLEVQA,
                    List.of(LINEAR, BILINEAR, BILINEAR, BILINEAR, BILINEAR),
                    Preset.HARD,
                    List.of(LINEAR, BILINEAR)));
    static final Param.Int LENGTH =
            new Param.Int("length", "tiles of a linear board", IntRange.of(3, 4), IntRange.of(4, 6), IntRange.of(7, 9));
    static final Param.Int ROWS =
            new Param.Int("rows", "rows of a bilinear board", IntRange.of(3, 4), IntRange.of(4, 6), IntRange.of(6, 8));
    static final Param.Int COLUMNS = new Param.Int(
            "columns", "columns of a bilinear board", IntRange.of(3, 4), IntRange.of(4, 6), IntRange.of(6, 8));
    static final Param.Int MOVED = new Param.Int(
            "moved",
            "tiles of a bilinear board picked to be shuffled among themselves",
            IntRange.of(2, 4),
            IntRange.of(3, 11),
            IntRange.of(12, 20));
    static final List<Param> PARAMS = List.of(LAYOUT, LENGTH, ROWS, COLUMNS, MOVED);
    /** Length of the whole gradient of a linear board, in RGB units. */
    private static final IntRange LINEAR_SPAN = IntRange.of(110, 170);
    /** Length of each of the two (orthogonal) gradients of a bilinear board; two together stay below 256 per channel. */
    private static final IntRange BILINEAR_SPAN = IntRange.of(90, 115);

    private ColourHueGenerator() {}

    static ColourHueState generate(Parameters p, RandomGenerator rng) {
        return switch (p.get(LAYOUT)) {
            case LINEAR -> linear(p.get(LENGTH), rng);
            case BILINEAR -> bilinear(p.get(ROWS), p.get(COLUMNS), p.get(MOVED), rng);
            default -> throw new IllegalArgumentException("layout must be linear or bilinear, got " + p.get(LAYOUT));
        };
    }

    private static ColourHueState linear(int length, RandomGenerator rng) {
        double[] across = scaled(direction(rng), LINEAR_SPAN.draw(rng));
        List<Rgb> ideal = gradient(1, length, across, new double[3], rng);
        return new ColourHueState(1, length, ideal, shuffle(ColourHueSolver.identity(length), length, rng));
    }

    private static ColourHueState bilinear(int rows, int columns, int moved, RandomGenerator rng) {
        double[] across = direction(rng);
        double[] down = direction(rng);
        double dot = across[0] * down[0] + across[1] * down[1] + across[2] * down[2];
        for (int k = 0; k < 3; k++) {
            down[k] -= dot * across[k];
        }
        if (norm(down) < 1e-6) {
            down = new double[] {across[1], -across[0], 0};
        }
        List<Rgb> ideal = gradient(
                rows, columns, scaled(across, BILINEAR_SPAN.draw(rng)), scaled(down, BILINEAR_SPAN.draw(rng)), rng);
        int n = rows * columns;
        List<Integer> positions = new ArrayList<>(ColourHueSolver.identity(n));
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < Math.max(2, Math.min(moved, n)); i++) {
            picked.add(positions.remove(rng.nextInt(positions.size())));
        }
        return new ColourHueState(rows, columns, ideal, shuffle(picked, n, rng));
    }

    /**
     * A permutation of 0..n-1 that moves the tiles at {@code picked} among themselves, leaving the rest
     * in place; if the draw leaves every tile in place, two picked tiles are swapped.
     */
    private static List<Integer> shuffle(List<Integer> picked, int n, RandomGenerator rng) {
        List<Integer> targets = new ArrayList<>(picked);
        for (int i = targets.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            targets.set(i, targets.set(j, targets.get(i)));
        }
        if (targets.equals(picked)) {
            int a = rng.nextInt(targets.size());
            int b = (a + 1 + rng.nextInt(targets.size() - 1)) % targets.size();
            targets.set(a, targets.set(b, targets.get(a)));
        }
        List<Integer> order = new ArrayList<>(ColourHueSolver.identity(n));
        for (int i = 0; i < picked.size(); i++) {
            order.set(picked.get(i), targets.get(i));
        }
        return order;
    }

    /** Tile (r, c) = base + across * c / (columns - 1) + down * r / (rows - 1), base placed to stay in 0..255. */
    private static List<Rgb> gradient(int rows, int columns, double[] across, double[] down, RandomGenerator rng) {
        double[] base = new double[3];
        for (int k = 0; k < 3; k++) {
            double low = Math.min(0, across[k]) + Math.min(0, down[k]);
            double high = Math.max(0, across[k]) + Math.max(0, down[k]);
            base[k] = -low + rng.nextDouble() * (255 - (high - low));
        }
        List<Rgb> tiles = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = columns == 1 ? 0 : (double) c / (columns - 1);
                double y = rows == 1 ? 0 : (double) r / (rows - 1);
                tiles.add(new Rgb(
                        channel(base[0] + across[0] * x + down[0] * y),
                        channel(base[1] + across[1] * x + down[1] * y),
                        channel(base[2] + across[2] * x + down[2] * y)));
            }
        }
        return tiles;
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static double[] direction(RandomGenerator rng) {
        double[] d = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        return norm(d) < 1e-6 ? new double[] {1, 0, 0} : scaled(d, 1);
    }

    private static double[] scaled(double[] d, double length) {
        double factor = length / norm(d);
        return new double[] {d[0] * factor, d[1] * factor, d[2] * factor};
    }

    private static double norm(double[] d) {
        return Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    }
}
