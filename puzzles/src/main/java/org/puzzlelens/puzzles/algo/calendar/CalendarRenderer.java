package org.puzzlelens.puzzles.algo.calendar;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * A plain text month calendar as released: month name, a Mon..Sun header, one row per week, day
 * numbers right-aligned under the right edge of their weekday label, large black text.
 */
final class CalendarRenderer {
    static final Canvas CANVAS = new Canvas(1200, 900);
    static final List<String> HEADER = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    static final double FIRST_COLUMN_X = 146;
    static final double COLUMN_STEP = 150;
    static final double TITLE_Y = 110;
    static final double HEADER_Y = 210;
    static final double FIRST_WEEK_Y = 310;
    static final double WEEK_STEP = 100;
    /** Day numbers end this far right of their column's centre, under the end of the weekday label. */
    static final double DAY_RIGHT_OFFSET = 44;

    static final Font TEXT_FONT = Fonts.sans(50);
    static final Color INK = Color.BLACK;

    private CalendarRenderer() {}

    static void draw(CalendarState s, Graphics2D g) {
        g.setColor(INK);
        Draw.centred(g, CalendarDates.monthName(s.imageMonth()), TEXT_FONT, titleX(), TITLE_Y);
        for (int c = 0; c < HEADER.size(); c++) {
            Draw.centred(g, HEADER.get(c), TEXT_FONT, columnX(c), HEADER_Y);
        }
        int first = CalendarDates.weekday(s.imageYear(), s.imageMonth(), 1);
        int days = CalendarDates.monthLength(s.imageYear(), s.imageMonth());
        for (int day = 1; day <= days; day++) {
            int cell = first + day - 1;
            String label = Integer.toString(day);
            double width = new TextLayout(label, TEXT_FONT, g.getFontRenderContext())
                    .getBounds()
                    .getWidth();
            Draw.leftAligned(g, label, TEXT_FONT, columnX(cell % 7) + DAY_RIGHT_OFFSET - width, weekY(cell / 7));
        }
    }

    static double titleX() {
        return columnX(3);
    }

    static double columnX(int column) {
        return FIRST_COLUMN_X + column * COLUMN_STEP;
    }

    static double weekY(int week) {
        return FIRST_WEEK_Y + week * WEEK_STEP;
    }
}
