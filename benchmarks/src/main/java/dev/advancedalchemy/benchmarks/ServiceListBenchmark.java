package dev.advancedalchemy.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.examples.app.model.Author;
import dev.advancedalchemy.examples.app.model.AuthorRepository;
import dev.advancedalchemy.examples.app.schema.AuthorView;
import dev.advancedalchemy.examples.app.service.AuthorService;
import dev.advancedalchemy.examples.app.web.AuthorResource;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.service.OffsetPagination;
import dev.advancedalchemy.service.RepositoryService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work behind {@code GET /authors?pageSize=20} of the example application, in-process and without HTTP, over
 * 10,000 authors in an in-memory H2: query string → {@code FilterParameters} → {@code AuthorService.listAndCount} →
 * {@code toSchema(…, AuthorView.class)} → JSON, vs the same count and page queries written with the
 * {@code EntityManager}, mapped to the same records and written by the same Jackson mapper. Target: at most 1.15×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2) // three 2 s warm-ups were not enough for both sides to settle
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ServiceListBenchmark {
    static final int AUTHORS = 10_000;
    private static final Map<String, List<String>> QUERY = Map.of("pageSize", List.of("20"));

    private final ObjectMapper json = RepositoryService.defaultObjectMapper();
    private EntityManagerFactory emf;
    private RepositoryHandle<AuthorRepository> handle;
    private AuthorService authors;

    @Setup(Level.Trial)
    public void open() {
        emf = BenchDatabase.h2("service_list").emf("service-bench");
        handle = new RepositoryHandle<>(emf, AuthorRepository.class);
        authors = new AuthorService(handle.repository());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            rows.add(Map.of(
                    "name", "Author " + i, "dob", LocalDate.of(1900, 1, 1).plusDays(i)));
        }
        handle.call(repository -> authors.createMany(rows, Options.defaults().withAutoCommit(true)));
    }

    @TearDown(Level.Trial)
    public void close() {
        emf.close();
    }

    @Benchmark
    public String alchemy() throws JsonProcessingException {
        // the example's own allow-lists and page sizes
        OffsetPagination<AuthorView> page = handle.call(repository -> {
            List<Filter> filters = AuthorResource.FILTERS.parse(QUERY);
            return authors.toSchema(authors.listAndCount(filters), filters, AuthorView.class);
        });
        return json.writeValueAsString(page);
    }

    @Benchmark
    public String baseline() throws JsonProcessingException {
        try (EntityManager em = emf.createEntityManager()) {
            long total =
                    em.createQuery("SELECT COUNT(a) FROM Author a", Long.class).getSingleResult();
            List<AuthorView> items = em
                    .createQuery("SELECT a FROM Author a ORDER BY a.name", Author.class)
                    .setFirstResult(0)
                    .setMaxResults(20)
                    .getResultList()
                    .stream()
                    .map(a -> new AuthorView(a.getId(), a.getName(), a.getDob()))
                    .toList();
            return json.writeValueAsString(new OffsetPagination<>(items, 20, 0, total));
        }
    }
}
