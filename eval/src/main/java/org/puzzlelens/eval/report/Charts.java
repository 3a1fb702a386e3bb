package org.puzzlelens.eval.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Bar charts as PNG bytes (XChart, headless). */
public final class Charts {
    private static final Color[] PALETTE = {
        new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52),
        new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C)};

    private Charts() {
    }

    /** One series of bars, with optional symmetric error bars (null for none). */
    public record Series(String name, List<Double> values, List<Double> errors) {
    }

    /**
     * @param stacked stack the series (counts adding up to a whole) instead of grouping them
     */
    public static byte[] bars(String title, String yTitle, List<String> categories, List<Series> series, boolean stacked) {
        int width = Math.max(700, Math.min(1600, 160 + categories.size() * (stacked ? 40 : 18 * series.size() + 20)));
        CategoryChart chart = new CategoryChartBuilder().width(width).height(460).title(title).yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setXAxisLabelRotation(categories.size() > 6 ? 45 : 0);
        styler.setStacked(stacked);
        styler.setSeriesColors(PALETTE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setErrorBarsColor(Color.DARK_GRAY);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Series s : series) {
            // XChart keys series by name; a repeated name would replace the earlier series
            String name = seen.merge(s.name(), 1, Integer::sum) == 1 ? s.name() : s.name() + " (" + seen.get(s.name()) + ")";
            if (s.errors() == null) {
                chart.addSeries(name, categories, s.values());
            } else {
                chart.addSeries(name, categories, s.values(), s.errors());
            }
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
