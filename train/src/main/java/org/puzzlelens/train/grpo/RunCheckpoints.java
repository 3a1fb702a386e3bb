package org.puzzlelens.train.grpo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.tokenizer.BpeTokenizer;

/**
 * A run folder's resumable checkpoints. Each is a folder {@code checkpoint-NNNNNN} (N = steps done)
 * that {@link Checkpoint#save} writes beside and renames into place: a folder under such a name is
 * complete, so the newest one is the state to resume from, whatever instant a kill hit. After the
 * rename, the link {@code checkpoint} is swapped in one atomic rename to point at the new folder (for
 * people and tools that load "the latest checkpoint"), then older folders are deleted. No moment
 * exists at which no complete checkpoint is on disk.
 */
final class RunCheckpoints {
    static final String LINK = "checkpoint";
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d+)(\\.tmp)?");

    private final Path out;

    RunCheckpoints(Path out) {
        this.out = out;
    }

    /** The newest complete checkpoint, or a plain {@code checkpoint/} folder written by earlier versions. */
    Optional<Path> latest() throws IOException {
        Optional<Path> numbered = folders()
                .filter(p -> !p.getFileName().toString().endsWith(".tmp"))
                .filter(RunCheckpoints::complete)
                .max(Comparator.comparingLong(RunCheckpoints::stepOf));
        Path legacy = out.resolve(LINK);
        if (numbered.isEmpty() && Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS) && complete(legacy)) {
            return Optional.of(legacy);
        }
        return numbered;
    }

    void save(long step, VisionLanguageModel model, BpeTokenizer tokenizer, Checkpoint.Extra extra) throws IOException {
        Path dir = out.resolve("checkpoint-%06d".formatted(step));
        Checkpoint.save(dir, model, tokenizer, extra);
        Path link = out.resolve(LINK);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            Checkpoint.deleteRecursively(link); // an earlier version's folder; the new checkpoint is complete already
        }
        Path next = out.resolve(LINK + ".next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, dir.getFileName());
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (Path older : folders().filter(p -> !p.equals(dir)).toList()) {
            Checkpoint.deleteRecursively(older);
        }
    }

    private Stream<Path> folders() throws IOException {
        try (Stream<Path> all = Files.list(out)) {
            List<Path> found = all.filter(
                            p -> NAME.matcher(p.getFileName().toString()).matches())
                    .toList();
            return found.stream();
        }
    }

    private static boolean complete(Path dir) {
        return Checkpoint.exists(dir) && Files.isRegularFile(dir.resolve(TrainerState.FILE));
    }

    private static long stepOf(Path dir) {
        Matcher m = NAME.matcher(dir.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
