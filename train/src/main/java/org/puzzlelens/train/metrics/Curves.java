package org.puzzlelens.train.metrics;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG line charts of logged metrics against the step: one chart per group of related series. */
public final class Curves {
    private static final BasicStroke[] LINES = {
        SeriesLines.SOLID, SeriesLines.DASH_DASH, SeriesLines.DOT_DOT, SeriesLines.DASH_DOT
    };
    private static final Marker[] MARKERS = {
        SeriesMarkers.NONE, SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.DIAMOND
    };

    private Curves() {}

    /**
     * @param groups chart name to the metric names it plots (a name ending in {@code *} takes every
     *     metric with that prefix); metrics absent from the rows are skipped
     * @return the files written
     */
    public static List<Path> write(List<Map<String, Double>> rows, Map<String, List<String>> groups, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (String wanted : g.getValue()) {
                for (String name : names(rows, wanted)) {
                    series.put(name, points(rows, name));
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            XYChart chart = new XYChartBuilder()
                    .width(640)
                    .height(400)
                    .title(g.getKey())
                    .xAxisTitle("step")
                    .build();
            int i = 0;
            for (Map.Entry<String, double[][]> e : series.entrySet()) {
                // overlapping curves stay apart by line style and marker, not colour alone
                XYSeries line = chart.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
                line.setLineStyle(LINES[i % LINES.length]);
                line.setMarker(MARKERS[i % MARKERS.length]);
                i++;
            }
            Path png = dir.resolve(g.getKey().replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
            written.add(png);
        }
        return written;
    }

    private static List<String> names(List<Map<String, Double>> rows, String wanted) {
        Set<String> found = new LinkedHashSet<>();
        for (Map<String, Double> r : rows) {
            for (String k : r.keySet()) {
                if (wanted.endsWith("*") ? k.startsWith(wanted.substring(0, wanted.length() - 1)) : k.equals(wanted)) {
                    found.add(k);
                }
            }
        }
        return List.copyOf(found);
    }

    private static double[][] points(List<Map<String, Double>> rows, String name) {
        List<double[]> xy = rows.stream()
                .filter(r -> r.containsKey(name) && r.containsKey("step"))
                .map(r -> new double[] {r.get("step"), r.get(name)})
                .toList();
        double[][] out = new double[2][xy.size()];
        for (int i = 0; i < xy.size(); i++) {
            out[0][i] = xy.get(i)[0];
            out[1][i] = xy.get(i)[1];
        }
        return out;
    }
}
