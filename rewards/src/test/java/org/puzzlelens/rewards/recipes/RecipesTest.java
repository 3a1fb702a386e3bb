package org.puzzlelens.rewards.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every flag and configuration key a recipe gives exists in the engine version it is pinned to: the
 * lists beside each recipe were extracted from the engine's own source (their headers say from
 * which commit and file).
 */
class RecipesTest {
    private static final Path RECIPES = Path.of("..", "recipes");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9_.]*");
    private static final Pattern OVERRIDE =
            Pattern.compile("^\\s*\"?(\\+{0,2})([A-Za-z_$][A-Za-z0-9_.${}]*)=", Pattern.MULTILINE);
    private static final Pattern YAML_KEY = Pattern.compile("^( *)([A-Za-z0-9_]+):");

    private static Set<String> known(String file) throws IOException {
        return Files.readAllLines(RECIPES.resolve(file)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::strip)
                .collect(Collectors.toSet());
    }

    /** The part of a launch script after the line that starts the engine's entry point. */
    private static String engineCommand(String script, String entryPoint) throws IOException {
        String text = Files.readString(RECIPES.resolve(script));
        int at = text.indexOf(entryPoint);
        assertThat(at).as(script + " runs " + entryPoint).isNotNegative();
        return text.substring(at + entryPoint.length());
    }

    /** Dotted key paths of a block-style YAML file (mappings only, as the recipes write them). */
    static List<String> yamlKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = YAML_KEY.matcher(line);
            if (!m.find()) {
                continue;
            }
            while (path.size() > m.group(1).length() / 2) {
                path.removeLast();
            }
            path.addLast(m.group(2));
            keys.add(String.join(".", path));
        }
        return keys;
    }

    @Test
    void openRlhfFlagsExistInV0110() throws IOException {
        Set<String> flags = known("openrlhf/engine-flags.txt");
        Matcher m = FLAG.matcher(engineCommand("openrlhf/launch.sh", "openrlhf.cli.train_ppo_ray"));
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group());
        }
        assertThat(used)
                .contains("--reward.remote_url", "--data.label_key", "--data.image_key", "--data.apply_chat_template");
        assertThat(flags).containsAll(used);
    }

    @Test
    void verlKeysExistInTheVerlSourceReadHere() throws IOException {
        Set<String> keys = known("verl/engine-keys.txt");
        String text = Files.readString(RECIPES.resolve("verl/launch.sh"));
        Matcher m = OVERRIDE.matcher(text.substring(text.indexOf("REWARD_KWARGS=(")));
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            // verl < 0.9 names the reward function's group custom_reward_function; 0.9 puts it under reward.
            String key = m.group(2).replace("$REWARD_PREFIX", "custom_reward_function");
            if (key.matches("[A-Z_]+")) {
                continue; // a shell variable assignment, not an override
            }
            checked.add(key);
            if (m.group(1).isEmpty()) {
                assertThat(keys).as(key).contains(key);
            } else { // '+' adds a key, '++' adds or sets one: its group must exist
                assertThat(keys)
                        .as(key)
                        .contains(key.substring(0, key.lastIndexOf('.')).replaceAll("\\.reward_kwargs$", ""));
            }
        }
        assertThat(checked)
                .contains(
                        "data.val_files",
                        "data.image_key",
                        "custom_reward_function.path",
                        "custom_reward_function.reward_kwargs.design");
    }

    @Test
    void easyR1KeysExistInTheirConfig() throws IOException {
        Set<String> keys = known("easyr1/engine-keys.txt");
        assertThat(keys).containsAll(yamlKeys(RECIPES.resolve("easyr1/config.yaml")));
        Matcher m = OVERRIDE.matcher(engineCommand("easyr1/launch.sh", "verl.trainer.main"));
        List<String> overrides = new ArrayList<>();
        while (m.find()) {
            overrides.add(m.group(2));
        }
        assertThat(overrides)
                .contains(
                        "data.train_files",
                        "worker.reward.reward_function",
                        "worker.reward.reward_function_kwargs.design");
        for (String key : overrides) {
            if (!key.equals("config")) {
                assertThat(keys)
                        .as(key)
                        .contains(key.replaceAll("^(worker\\.reward\\.reward_function_kwargs)\\..*", "$1"));
            }
        }
    }

    @Test
    void trlConfigKeysAreGrpoConfigFields() throws IOException {
        assertThat(known("trl/engine-fields.txt")).containsAll(yamlKeys(RECIPES.resolve("trl/config.yaml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verl", "easyr1", "openrlhf", "trl"})
    void everyRecipeHasAReadmeAndAScriptBashCanParse(String engine) throws Exception {
        assertThat(RECIPES.resolve(engine).resolve("README.md")).isRegularFile();
        Path launch = RECIPES.resolve(engine).resolve("launch.sh");
        assertThat(Files.isExecutable(launch)).as(launch + " is executable").isTrue();
        Process bash = new ProcessBuilder("bash", "-n", launch.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertThat(bash.waitFor()).as(out).isZero();
    }
}
