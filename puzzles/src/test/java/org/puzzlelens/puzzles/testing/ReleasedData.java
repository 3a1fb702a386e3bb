package org.puzzlelens.puzzles.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the released benchmark data ({@code shared/datasets} beside the repository, or the folder in
 * {@code PUZZLELENS_DATASETS}). Tests that need it fail, not skip, when it is absent: CI always has it.
 */
public final class ReleasedData {
    private ReleasedData() {
    }

    public static Path root() {
        String env = System.getenv("PUZZLELENS_DATASETS");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("datasets");
            if (Files.isDirectory(candidate.resolve("AlgoPuzzleVQA"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("released datasets not found: expected shared/datasets beside the "
                + "repository, or set PUZZLELENS_DATASETS");
    }

    public static Path algoPuzzleVqa(String type) {
        return root().resolve("AlgoPuzzleVQA").resolve(type + ".json");
    }

    public static Path puzzleVqa(String type) {
        return root().resolve("PuzzleVQA").resolve(type + ".json");
    }
}
