package org.puzzlelens.puzzles.algo.movebox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Least pushes by {@link PushSearch}; the trace grows the set of box cells push by push, then replays one best way. */
final class MoveBoxSolver {
    private MoveBoxSolver() {}

    static Solution solve(MoveBoxState s) {
        PushSearch search = PushSearch.from(s);
        List<PushSearch.Push> path = search.pushesOnPathTo(s.target());
        Trace trace = new Trace();
        trace.add(
                "The box is at %s, the person at %s and the flag at %s.",
                s.box().name(), s.person().name(), s.target().name());
        List<List<Cell>> layers = search.boxCellsByPushes();
        for (int k = 1; k <= path.size(); k++) {
            trace.add(
                    "With %d push%s the box can first reach: %s.",
                    k,
                    k == 1 ? "" : "es",
                    layers.get(k).stream().map(Cell::name).collect(Collectors.joining(", ")));
        }
        trace.add(
                "The flag %s is first reached after %d push%s; one way:",
                s.target().name(), path.size(), path.size() == 1 ? "" : "es");
        for (int i = 0; i < path.size(); i++) {
            PushSearch.Push p = path.get(i);
            trace.add(
                    "Push %d: the person walks to %s and pushes the box %s from %s to %s.",
                    i + 1,
                    p.from().name(),
                    p.direction().word(),
                    p.boxFrom().name(),
                    p.boxTo().name());
        }
        trace.add("Answer: %d", path.size());
        return new Solution(Integer.toString(path.size()), trace.lines(), fields(s, path));
    }

    private static ObjectNode fields(MoveBoxState s, List<PushSearch.Push> path) {
        ObjectNode fields = Json.object();
        ObjectNode ids = fields.putObject("ids");
        ids.put("empty", ".")
                .put("brick", "#")
                .put("box", "B")
                .put("person", "S")
                .put("target", "T");
        ObjectNode timestep = fields.putObject("timestep");
        timestep.set("grid_0", grid(s, s.box(), s.person()));
        ArrayNode boxes = Json.array().add(cell(s.box()));
        for (int i = 0; i < path.size(); i++) {
            PushSearch.Push p = path.get(i);
            timestep.set("grid_" + (i + 1), grid(s, p.boxTo(), p.boxFrom()));
            boxes.add(cell(p.boxTo()));
        }
        fields.set("target", cell(s.target()));
        fields.set("box_location", boxes);
        return fields;
    }

    /** One character a cell, as released, with the box and the person where they stand after a push. */
    private static ArrayNode grid(MoveBoxState s, Cell box, Cell person) {
        ArrayNode rows = Json.array();
        for (int r = 0; r < s.rows(); r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < s.columns(); c++) {
                row.add(String.valueOf(s.at(new Cell(r, c), box, person).id));
            }
        }
        return rows;
    }

    private static ArrayNode cell(Cell c) {
        return Json.array().add(c.row()).add(c.column());
    }
}
