package dev.advancedalchemy.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks whose names match the first argument (a regular expression, default all) and prints, per
 * benchmark class, {@code ratio = alchemy time / baseline time} measured in the same run.
 */
public final class Main {
    private static final Map<String, String> TARGETS = Map.of(
            "UpsertManyBenchmark", "target <= 0.33 (at least 3x faster than select-then-persist/merge)",
            "AddManyBenchmark", "target <= 1.5 (vs raw JDBC batch insert)",
            "ListAndCountBenchmark", "target <= 1.2 (vs count query + page query)",
            "GetBenchmark", "target <= 1.1 (vs EntityManager.find)",
            "FernetBenchmark", "target <= 1.3 (vs the JDK's raw AES-CBC + HMAC on the same bytes)",
            "Argon2HashBenchmark", "no target; the absolute time is the figure to report",
            "Argon2VerifyBenchmark", "no target; the absolute time is the figure to report",
            "FileSaveBenchmark", "target <= 1.3 (local backend save vs Files.copy of the same stream)",
            "DeploymentBenchmark", "target: the 200 repositories add <= 300 ms to the boot",
            "ServiceListBenchmark", "target <= 1.15 (vs count + page query with the EntityManager, same DTO and JSON)");

    private Main() {}

    public static void main(String[] args) throws RunnerException {
        String pattern = args.length > 0 ? args[0] : "dev.advancedalchemy.benchmarks.*";
        Options options = new OptionsBuilder().include(pattern).build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, double[]> byClass =
                new TreeMap<>(); // [alchemy, baseline, baselineBatched, alchemy variant]; NaN: absent
        Map<String, String> variants = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            String owner = label.substring(0, label.lastIndexOf('.'));
            owner = owner.substring(owner.lastIndexOf('.') + 1);
            double[] scores =
                    byClass.computeIfAbsent(owner, k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            double score = result.getPrimaryResult().getScore();
            if (method.equals("alchemy")) {
                scores[0] = score;
            } else if (method.equals("baseline")) {
                scores[1] = score;
            } else if (method.equals("baselineBatched")) {
                scores[2] = score;
            } else if (method.startsWith("alchemy")) { // a variant, e.g. alchemyDetached
                scores[3] = score;
                variants.put(owner, method.substring("alchemy".length()));
            }
        }
        System.out.println();
        byClass.forEach((owner, scores) -> {
            if (Double.isNaN(scores[0]) || Double.isNaN(scores[1])) {
                System.out.printf("%s: baseline %.3f, no alchemy side yet%n", owner, scores[1]);
            } else {
                System.out.printf(
                        "%s: ratio = %.2f (alchemy / baseline time; %s)%n",
                        owner, scores[0] / scores[1], TARGETS.getOrDefault(owner, "no target"));
            }
            if (owner.equals("DeploymentBenchmark") && !Double.isNaN(scores[0]) && !Double.isNaN(scores[1])) {
                System.out.printf(
                        "%s: the %d repositories add %.1f ms, %.2f ms per repository%n",
                        owner,
                        DeploymentBenchmark.REPOSITORIES,
                        scores[0] - scores[1],
                        (scores[0] - scores[1]) / DeploymentBenchmark.REPOSITORIES);
            }
            if (!Double.isNaN(scores[0]) && !Double.isNaN(scores[2])) {
                System.out.printf(
                        "%s: ratio vs the JDBC-batched baseline = %.2f (for reference)%n",
                        owner, scores[0] / scores[2]);
            }
            if (!Double.isNaN(scores[3]) && !Double.isNaN(scores[1])) {
                System.out.printf(
                        "%s: ratio of the %s variant = %.2f (for reference)%n",
                        owner, variants.get(owner), scores[3] / scores[1]);
            }
        });
    }
}
