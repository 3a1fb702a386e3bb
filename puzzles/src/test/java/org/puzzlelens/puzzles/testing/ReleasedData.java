package org.puzzlelens.puzzles.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the released benchmark data: the copy vendored in the repository's {@code datasets/} folder, or
 * the folder in {@code PUZZLELENS_DATASETS}. Tests that need it fail, not skip, when it is absent, so
 * that a checkout without it cannot pass by running less.
 */
public final class ReleasedData {
    private ReleasedData() {}

    public static Path root() {
        String env = System.getenv("PUZZLELENS_DATASETS");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        // Surefire runs each module's tests in the module folder: the repository root is a parent.
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("datasets");
            if (Files.isDirectory(candidate.resolve("AlgoPuzzleVQA")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("released datasets not found: expected the vendored datasets/ folder "
                + "at the repository root (restore it with `git checkout -- datasets`), or set PUZZLELENS_DATASETS "
                + "to a folder holding AlgoPuzzleVQA/ and PuzzleVQA/");
    }

    public static Path algoPuzzleVqa(String type) {
        return root().resolve("AlgoPuzzleVQA").resolve(type + ".json");
    }

    public static Path puzzleVqa(String type) {
        return root().resolve("PuzzleVQA").resolve(type + ".json");
    }
}
