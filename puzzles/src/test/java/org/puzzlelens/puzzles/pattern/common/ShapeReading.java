package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import org.puzzlelens.puzzles.testing.Pixels;

/** Reads shapes and colours back from rendered pixels. */
public final class ShapeReading {
    private ShapeReading() {}

    public static boolean inked(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 740;
    }

    /**
     * The number of sides of a regular polygon around a centre: the boundary's distance from the
     * centre, taken along 720 rays, oscillates once per vertex, so the strongest Fourier frequency of
     * that profile among 3..12 is the side count.
     */
    public static int sides(Pixels px, double cx, double cy, double radius) {
        int rays = 720;
        double[] profile = new double[rays];
        double step = 0.25 / px.scale();
        for (int k = 0; k < rays; k++) {
            double a = 2 * Math.PI * k / rays;
            for (double r = 0.5 * radius; r < 1.25 * radius; r += step) {
                if (inked(px.at(cx + r * Math.cos(a), cy + r * Math.sin(a)))) {
                    profile[k] += step;
                }
            }
        }
        int best = 0;
        double bestPower = -1;
        for (int f = 3; f <= 12; f++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < rays; k++) {
                re += profile[k] * Math.cos(2 * Math.PI * f * k / rays);
                im += profile[k] * Math.sin(2 * Math.PI * f * k / rays);
            }
            double power = re * re + im * im;
            if (power > bestPower) {
                bestPower = power;
                best = f;
            }
        }
        return best;
    }
}
