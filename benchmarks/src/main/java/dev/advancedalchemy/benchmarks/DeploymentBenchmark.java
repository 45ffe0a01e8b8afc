package dev.advancedalchemy.benchmarks;

import dev.advancedalchemy.benchmarks.deploy.DeployRepositories;
import dev.advancedalchemy.benchmarks.deploy.DeployRepository199;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deployment cost: each invocation boots and shuts down a Weld SE container (no class-path scanning). The alchemy
 * side deploys the 200 generated {@code @AlchemyRepository} interfaces (4 entities, two derived queries each), so
 * the extension discovers, validates and builds them and bootstraps the {@code deploy} persistence unit; the
 * baseline boots the same container without them and bootstraps the same unit itself (metamodel included), so
 * {@code alchemy − baseline} is what the 200 repositories add.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class DeploymentBenchmark {
    /** The number of generated repositories, for the per-repository cost. */
    static final int REPOSITORIES = DeployRepositories.ALL.size();

    /** The one application bean both containers deploy (Weld SE refuses an archive with no classes at all). */
    @Dependent
    public static class App {}

    @Benchmark
    public boolean alchemy() {
        Weld weld = new Weld("alchemy-deploy")
                .disableDiscovery()
                .addBeanClass(App.class)
                .addBeanClasses(DeployRepositories.ALL.toArray(Class<?>[]::new));
        try (WeldContainer container = weld.initialize()) {
            return container.select(DeployRepository199.class).isResolvable();
        }
    }

    @Benchmark
    public boolean baseline() {
        Weld weld = new Weld("plain-deploy").disableDiscovery().addBeanClass(App.class);
        try (WeldContainer container = weld.initialize()) {
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("deploy");
            try {
                return !emf.getMetamodel().getEntities().isEmpty()
                        && container.select(DeployRepository199.class).isUnsatisfied();
            } finally {
                emf.close();
            }
        }
    }
}
