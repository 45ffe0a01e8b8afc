package dev.advancedalchemy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.advancedalchemy.exceptions.ConversionException;
import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.filter.Filter;
import dev.advancedalchemy.filter.LimitOffset;
import dev.advancedalchemy.filter.OrderBy;
import dev.advancedalchemy.repository.ListAndCount;
import dev.advancedalchemy.repository.Options;
import dev.advancedalchemy.repository.Repositories;
import dev.advancedalchemy.repository.SyncRepository;
import dev.advancedalchemy.service.testmodel.Novel;
import dev.advancedalchemy.service.testmodel.Writer;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The service layer over a real repository on H2, PostgreSQL and MariaDB (EclipseLink). */
class RepositoryServiceIT {
    public interface WriterRepository extends SyncRepository<Writer, String> {}

    /** A service as an application declares it: the entity type comes from the type arguments. */
    static class WriterService extends RepositoryService<Writer, String> {
        WriterService(WriterRepository repository) {
            super(repository);
        }

        @Override
        protected Object toModelOnCreate(Object data) {
            if (data instanceof Map<?, ?> map && map.get("name") instanceof String name) {
                Map<Object, Object> withSlug = new LinkedHashMap<>(map);
                withSlug.put("slug", name.toLowerCase(Locale.ROOT).replace(' ', '-'));
                return withSlug;
            }
            return data;
        }
    }

    /** Leaves T open, so the entity type cannot be read from the type arguments. */
    static class GenericService<T> extends RepositoryService<T, String> {
        GenericService(SyncRepository<T, String> repository) {
            super(repository);
        }
    }

    record WriterCreate(String name, LocalDate dob) {}

    record WriterPatch(String name, LocalDate dob) {}

    record WriterDto(String name, LocalDate dob) {}

    record NovelDto(String title, Integer pages) {}

    record WriterWithNovels(String id, String name, List<NovelDto> novels) {}

    private EntityManagerFactory emf;

    private WriterService service(TestDatabase db) {
        emf = db.shared("service-emf", () -> {
            Map<String, Object> props = new HashMap<>(db.jpaProperties());
            props.put("eclipselink.persistencexml", "META-INF/service-persistence.xml");
            return Persistence.createEntityManagerFactory("service", props);
        });
        EntityManager cleaner = emf.createEntityManager();
        cleaner.getTransaction().begin();
        cleaner.createNativeQuery("DELETE FROM svc_novel").executeUpdate();
        cleaner.createNativeQuery("DELETE FROM svc_writer").executeUpdate();
        cleaner.getTransaction().commit();
        cleaner.close();
        emf.getCache().evictAll();
        return new WriterService(Repositories.of(
                WriterRepository.class,
                emf.createEntityManager(),
                Options.defaults().withAutoCommit(true)));
    }

    /** The row as the database holds it, read with a fresh entity manager. */
    private Writer stored(String id) {
        emf.getCache().evictAll();
        EntityManager em = emf.createEntityManager();
        Writer writer = em.find(Writer.class, id);
        if (writer != null) {
            writer.getNovels().size();
        }
        em.close();
        return writer;
    }

    private long storedWriters() {
        EntityManager em = emf.createEntityManager();
        long count = em.createQuery("select count(w) from Writer w", Long.class).getSingleResult();
        em.close();
        return count;
    }

    @DatabaseTest
    void createFromAMapIgnoresUnknownKeysAndStoresNestedNovels(TestDatabase db) {
        WriterService writers = service(db);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Ursula Le Guin");
        input.put("dob", "1929-10-21");
        input.put("favouriteColour", "green");
        input.put(
                "novels",
                List.of(Map.of("title", "A Wizard of Earthsea", "pages", 183), Map.of("title", "The Dispossessed")));

        Writer created = writers.create(input);

        Writer stored = stored(created.getId());
        assertThat(stored.getName()).isEqualTo("Ursula Le Guin");
        assertThat(stored.getDob()).isEqualTo(LocalDate.of(1929, 10, 21));
        assertThat(stored.getSlug()).as("toModelOnCreate ran on the raw input").isEqualTo("ursula-le-guin");
        assertThat(stored.getNovels())
                .extracting(Novel::getTitle)
                .containsExactlyInAnyOrder("A Wizard of Earthsea", "The Dispossessed");
        assertThat(stored.getNovels())
                .allSatisfy(n -> assertThat(n.getWriter().getId()).isEqualTo(created.getId()));
    }

    @DatabaseTest
    void createFromARecordAndFromAnEntity(TestDatabase db) {
        WriterService writers = service(db);
        Writer fromRecord = writers.create(new WriterCreate("Octavia Butler", LocalDate.of(1947, 6, 22)));
        Writer entity = writers.create(new Writer("N. K. Jemisin", LocalDate.of(1972, 9, 19)));
        List<Writer> many =
                writers.createMany(List.of(Map.of("name", "Iain Banks"), new WriterCreate("Ann Leckie", null)));

        assertThat(stored(fromRecord.getId()).getDob()).isEqualTo(LocalDate.of(1947, 6, 22));
        assertThat(stored(entity.getId()).getName()).isEqualTo("N. K. Jemisin");
        assertThat(many).extracting(Writer::getName).containsExactly("Iain Banks", "Ann Leckie");
        assertThat(writers.count()).isEqualTo(4);
    }

    @DatabaseTest
    void patchWritesOnlyTheKeysItCarries(TestDatabase db) {
        WriterService writers = service(db);
        Writer w = writers.create(new WriterCreate("Ursula Le Guin", LocalDate.of(1929, 10, 21)));

        writers.update(Map.of("name", "Ursula K. Le Guin", "unknown", 1), w.getId());
        assertThat(stored(w.getId()).getName()).isEqualTo("Ursula K. Le Guin");
        assertThat(stored(w.getId()).getDob()).as("absent key left alone").isEqualTo(LocalDate.of(1929, 10, 21));

        writers.update(new WriterPatch(null, LocalDate.of(1929, 10, 22)), w.getId());
        assertThat(stored(w.getId()).getName()).as("null in a DTO is absent").isEqualTo("Ursula K. Le Guin");
        assertThat(stored(w.getId()).getDob()).isEqualTo(LocalDate.of(1929, 10, 22));

        Map<String, Object> clear = new HashMap<>();
        clear.put("dob", null);
        clear.put("id", "another-id");
        writers.update(clear, w.getId());
        assertThat(stored(w.getId()).getDob())
                .as("explicit null in a map clears")
                .isNull();
        assertThat(stored(w.getId()).getName()).isEqualTo("Ursula K. Le Guin");

        assertThatThrownBy(() -> writers.update(Map.of("name", "x"), "missing-id"))
                .isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void aValueOfTheWrongTypeNamesTheFieldAndWritesNothing(TestDatabase db) {
        WriterService writers = service(db);
        assertThatThrownBy(() -> writers.create(Map.of("name", "Bad Date", "dob", "last tuesday")))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("'dob'")
                .hasMessageContaining("Writer")
                .hasMessageContaining("LocalDate")
                .hasMessageNotContaining("last tuesday");
        assertThatThrownBy(() -> writers.create(
                        Map.of("name", "Bad Pages", "novels", List.of(Map.of("title", "T", "pages", "many")))))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("'novels[0].pages'")
                .hasMessageNotContaining("many");
        assertThat(storedWriters()).isZero();

        Writer w = writers.create(new WriterCreate("Good", LocalDate.of(2000, 1, 1)));
        assertThatThrownBy(() -> writers.update(Map.of("name", "Changed", "dob", "soon"), w.getId()))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("'dob'");
        writers.update(Map.of(), w.getId());
        assertThat(stored(w.getId()).getName())
                .as("a failed update changes nothing")
                .isEqualTo("Good");
        assertThatThrownBy(() -> writers.create("just text"))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("must be an object");
    }

    @DatabaseTest
    void readsAndDeletesDelegateToTheRepository(TestDatabase db) {
        WriterService writers = service(db);
        Writer a = writers.create(Map.of("name", "A"));
        writers.create(Map.of("name", "B"));

        assertThat(writers.get(a.getId()).getName()).isEqualTo("A");
        assertThat(writers.find("nope")).isEmpty();
        assertThat(writers.exists()).isTrue();
        assertThat(writers.list(OrderBy.desc("name")))
                .extracting(Writer::getName)
                .containsExactly("B", "A");
        assertThat(writers.delete(a.getId()).getName()).isEqualTo("A");
        assertThat(writers.count()).isEqualTo(1);
    }

    @DatabaseTest
    void pagesBecomeOffsetPaginationShapedLikePython(TestDatabase db) throws Exception {
        WriterService writers = service(db);
        for (String name : List.of("Banks", "Butler", "Jemisin", "Le Guin", "Leckie")) {
            writers.create(new WriterCreate(name, LocalDate.of(1950, 1, 1)));
        }
        // what FilterParameters makes of ?orderBy=name&sortOrder=asc&currentPage=2 with a page size of 2
        List<Filter> filters = List.of(OrderBy.asc("name"), new LimitOffset(2, 2));

        OffsetPagination<WriterDto> page = writers.toSchema(writers.listAndCount(filters), filters, WriterDto.class);

        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(page))
                .isEqualTo("{\"items\":[{\"name\":\"Jemisin\",\"dob\":[1950,1,1]},{\"name\":\"Le Guin\","
                        + "\"dob\":[1950,1,1]}],\"limit\":2,\"offset\":2,\"total\":5}");
        assertThat(RepositoryService.defaultObjectMapper().writeValueAsString(page))
                .isEqualTo("{\"items\":[{\"name\":\"Jemisin\",\"dob\":\"1950-01-01\"},{\"name\":\"Le Guin\","
                        + "\"dob\":\"1950-01-01\"}],\"limit\":2,\"offset\":2,\"total\":5}");

        ListAndCount<Writer> all = writers.listAndCount(OrderBy.asc("name"));
        OffsetPagination<WriterDto> unpaged = writers.toSchema(all, List.of(), WriterDto.class);
        assertThat(unpaged.limit())
                .as("Python: limit = len(items) without LimitOffset")
                .isEqualTo(5);
        assertThat(unpaged.offset()).isZero();

        OffsetPagination<WriterDto> pastTheEnd = writers.toSchema(
                writers.listAndCount(new LimitOffset(2, 10)), List.of(new LimitOffset(2, 10)), WriterDto.class);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(5);
    }

    @DatabaseTest
    void toSchemaReadsNestedListsThroughTheEntity(TestDatabase db) {
        WriterService writers = service(db);
        Writer created =
                writers.create(Map.of("name", "Le Guin", "novels", List.of(Map.of("title", "Earthsea", "pages", 183))));

        WriterWithNovels dto = writers.toSchema(writers.get(created.getId()), WriterWithNovels.class);

        assertThat(dto)
                .isEqualTo(new WriterWithNovels(created.getId(), "Le Guin", List.of(new NovelDto("Earthsea", 183))));
    }

    @DatabaseTest(only = {dev.advancedalchemy.testing.Db.H2})
    void aServiceWithoutAnEntityTypeBindingIsRejected(TestDatabase db) {
        service(db);
        WriterRepository repository = Repositories.of(WriterRepository.class, emf.createEntityManager());
        assertThatThrownBy(() -> new GenericService<>(repository))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must bind RepositoryService's entity type");
        assertThat(RepositoryService.of(repository, Writer.class).count()).isZero();
    }
}
