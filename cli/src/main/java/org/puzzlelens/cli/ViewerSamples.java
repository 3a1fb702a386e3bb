package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.attribution.Attribution;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.view.Sample;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.SuiteRecords;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.design.Reward;

/**
 * Joins results files with the suites they were made on into the viewer's samples: the prompt as
 * it was asked (rebuilt from the record and the run's prompt template), the image, the facts the
 * completion's description states against the true ones, the error attribution and, for a model
 * named after a reward design (the study's GRPO models), that design's reward components.
 */
final class ViewerSamples {
    /** The templates whose fingerprint a results line may carry: the prompt can be rebuilt from them. */
    private static final List<PromptTemplate> KNOWN = List.of(PromptTemplate.BENCHMARK, PromptTemplate.TAGGED);

    private static final Pattern PROMPT_FINGERPRINT = Pattern.compile("prompt=([^;]+);");

    private final Map<String, EvalItem> items = new HashMap<>();
    private final Map<String, RewardTarget> targets = new HashMap<>();
    private final Map<String, String> images = new LinkedHashMap<>();
    private final RewardEngine rewards = new RewardEngine(Designs.defaults());

    /** @param suites suite folders or released record files the results were made on */
    ViewerSamples(List<Path> suites) throws IOException {
        for (EvalItem item : new ItemLoader(Registry.get()).load(suites, null, 0)) {
            items.put(key(item.typeName(), item.id()), item);
        }
        for (Path suite : suites) {
            // reward targets need the records' states, which our suite folders hold
            if (Files.isDirectory(suite)) {
                for (DatasetRecord record : SuiteRecords.read(suite)) {
                    RewardTarget t = RewardTargets.of(record, Registry.get());
                    targets.put(key(t.typeName(), t.id()), t);
                }
            }
        }
    }

    /** The images the samples refer to, as {@code data:} URLs. */
    Map<String, String> images() {
        return images;
    }

    /**
     * The samples of every results file, in file order; a label found in several files gets the file
     * name added, as the evaluation report names it.
     */
    List<Sample> samples(List<Path> resultsFiles) throws IOException {
        Map<Path, List<EvalResult>> byFile = new LinkedHashMap<>();
        Map<String, Integer> filesPerLabel = new HashMap<>();
        for (Path f : resultsFiles) {
            List<EvalResult> results = ResultsFile.read(f);
            byFile.put(f, results);
            results.stream().map(EvalResult::model).distinct().forEach(m -> filesPerLabel.merge(m, 1, Integer::sum));
        }
        List<Sample> out = new ArrayList<>();
        for (var entry : byFile.entrySet()) {
            Map<String, String> attribution = attributions(entry.getValue());
            for (EvalResult r : entry.getValue()) {
                String model = filesPerLabel.get(r.model()) > 1
                        ? r.model() + " (" + entry.getKey().getFileName() + ")"
                        : r.model();
                out.add(sample(model, r, attribution.get(caseKey(r))));
            }
        }
        return out;
    }

    private Sample sample(String model, EvalResult r, String attribution) throws IOException {
        EvalItem item = items.get(key(r.type(), r.instance()));
        if (item == null) {
            throw new IllegalArgumentException("result " + r.type() + "/" + r.instance() + " of " + r.model()
                    + " has no record in the suites given; name the suites it was evaluated on with --suite");
        }
        Condition condition = Condition.parse(r.condition());
        String completion = r.response() == null
                ? ""
                : r.response() + (r.followUp() == null ? "" : "\n\n[follow-up]\n" + r.followUp());
        return new Sample(
                String.join("|", model, r.condition(), r.type(), r.instance(), Integer.toString(r.sample())),
                model,
                r.condition(),
                r.type(),
                Registry.get().type(r.type()).info().inDomain() ? "in-domain" : "out-of-domain",
                r.instance(),
                r.sample(),
                verdict(r),
                attribution,
                image(item),
                prompt(item, condition, r.settings()),
                completion,
                item.options(),
                r.choice(),
                r.answer(),
                facts(item, condition, r.response()),
                reward(model, item, r),
                r.error());
    }

    private static String verdict(EvalResult r) {
        if (!r.ok()) {
            return "failed";
        }
        if (r.unparseable()) {
            return "unparseable";
        }
        return r.isCorrect() ? "correct" : "wrong";
    }

    /** The attribution of each (type, instance, sample) of one model, given to all its conditions so that filters combine. */
    private static Map<String, String> attributions(List<EvalResult> results) {
        Map<String, List<EvalResult>> byModel = new LinkedHashMap<>();
        results.forEach(
                r -> byModel.computeIfAbsent(r.model(), m -> new ArrayList<>()).add(r));
        Map<String, String> out = new HashMap<>();
        byModel.forEach((model, lines) -> {
            for (Attribution.Case c : Attribution.cases(lines)) {
                out.put(
                        model + "|" + c.type() + "|" + c.instance() + "|" + c.sample(),
                        c.verdict().label());
            }
        });
        return out;
    }

    private static String caseKey(EvalResult r) {
        return r.model() + "|" + r.type() + "|" + r.instance() + "|" + r.sample();
    }

    private String image(EvalItem item) throws IOException {
        if (item.imageMissing()) {
            return null;
        }
        String key = key(item.typeName(), item.id());
        if (!images.containsKey(key)) {
            String name = item.image().getFileName().toString().toLowerCase(Locale.ROOT);
            String mime = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "image/png";
            images.put(
                    key,
                    "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(item.image())));
        }
        return key;
    }

    /** The prompt's text, rebuilt with the template the run recorded; question and options when that template is unknown. */
    private static String prompt(EvalItem item, Condition condition, String settings) throws IOException {
        Optional<PromptTemplate> template = Optional.empty();
        Matcher m = PROMPT_FINGERPRINT.matcher(settings == null ? "" : settings);
        if (m.find()) {
            String fingerprint = m.group(1);
            template = KNOWN.stream()
                    .filter(t -> t.fingerprint().equals(fingerprint))
                    .findFirst();
        }
        if (template.isEmpty()) {
            return "(the run's prompt template is not one the viewer can rebuild; the question and options were:)\n"
                    + item.question() + "\n" + String.join("\n", item.options());
        }
        if (condition.usesImage() && item.imageMissing()) {
            return "[image missing]\n" + item.question();
        }
        // the image part is shown beside; the prompt is the message's text
        String text = new Prompts(template.get(), 64)
                .messages(item, condition)
                .getFirst()
                .text();
        return (condition.usesImage() ? "[image]\n" : "") + text;
    }

    /** The facts the completion states (its description; under transcribe, all of it) against the true ones. */
    private static List<Sample.FactRow> facts(EvalItem item, Condition condition, String response) {
        if (response == null || item.state() == null) {
            return List.of();
        }
        String stated = condition == Condition.TRANSCRIBE
                ? response
                : CompletionParser.parse(response).description().orElse("");
        List<Fact> claimed = Facts.parse(stated);
        if (claimed.isEmpty()) {
            return List.of();
        }
        return Facts.check(item.facts(), claimed).stream()
                .map(c -> new Sample.FactRow(
                        c.key(), c.truth(), c.claimed(), c.match().name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private Sample.Reward reward(String model, EvalItem item, EvalResult r) {
        RewardTarget target = targets.get(key(item.typeName(), item.id()));
        if (target == null || r.response() == null || !rewards.designs().has(model)) {
            return null;
        }
        Reward reward = rewards.score(model, target, r.response());
        return new Sample.Reward(model, reward.total(), reward.components());
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }
}
