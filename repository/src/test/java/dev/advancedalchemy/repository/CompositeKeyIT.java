package dev.advancedalchemy.repository;

import static dev.advancedalchemy.repository.CoreJpa.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.exceptions.NotFoundException;
import dev.advancedalchemy.repository.TestRepositories.EnrollmentRepository;
import dev.advancedalchemy.repository.TestRepositories.MembershipRepository;
import dev.advancedalchemy.repository.testmodel.Enrollment;
import dev.advancedalchemy.repository.testmodel.Membership;
import dev.advancedalchemy.testing.DatabaseTest;
import dev.advancedalchemy.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/** get/find/update/delete/deleteMany with {@code @IdClass} and {@code @EmbeddedId} keys. */
class CompositeKeyIT {
    private static final Options COMMIT = Options.defaults().withAutoCommit(true);

    private static EntityManagerFactory setUp(TestDatabase db) {
        EntityManagerFactory emf = CoreJpa.emf(db);
        CoreJpa.clean(emf);
        return emf;
    }

    @DatabaseTest
    void idClassKeys(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        EnrollmentRepository enrollments =
                Repositories.of(EnrollmentRepository.class, emf.createEntityManager(), COMMIT);
        enrollments.addMany(List.of(
                new Enrollment("s1", "math", "B"),
                new Enrollment("s1", "art", "A"),
                new Enrollment("s2", "math", "C")));

        assertThat(enrollments.get(new Enrollment.Key("s1", "math")).getGrade()).isEqualTo("B");
        assertThat(enrollments.find(new Enrollment.Key("s9", "math"))).isEmpty();

        enrollments.update(new Enrollment("s1", "math", "A"));
        assertThat(stored(emf, Enrollment.class, new Enrollment.Key("s1", "math"))
                        .getGrade())
                .isEqualTo("A");

        assertThat(enrollments.delete(new Enrollment.Key("s1", "art")).getGrade())
                .isEqualTo("A");
        assertThatThrownBy(() -> enrollments.delete(new Enrollment.Key("s1", "art")))
                .isInstanceOf(NotFoundException.class);
        List<Enrollment> deleted =
                enrollments.deleteMany(List.of(new Enrollment.Key("s2", "math"), new Enrollment.Key("zz", "zz")));
        assertThat(deleted).extracting(Enrollment::getStudentId).containsExactly("s2");
        assertThat(enrollments.count()).isEqualTo(1);
    }

    @DatabaseTest
    void embeddedIdKeys(TestDatabase db) {
        EntityManagerFactory emf = setUp(db);
        MembershipRepository memberships =
                Repositories.of(MembershipRepository.class, emf.createEntityManager(), COMMIT);
        Membership.Key admin = new Membership.Key("ops", "ann");
        memberships.addMany(
                List.of(new Membership(admin, "admin"), new Membership(new Membership.Key("ops", "bob"), "user")));

        assertThat(memberships.get(admin).getRole()).isEqualTo("admin");
        memberships.update(new Membership(new Membership.Key("ops", "bob"), "owner"));
        assertThat(stored(emf, Membership.class, new Membership.Key("ops", "bob"))
                        .getRole())
                .isEqualTo("owner");
        assertThat(memberships.updateMany(List.of(new Membership(admin, "viewer"))))
                .extracting(Membership::getRole)
                .containsExactly("viewer");

        assertThat(memberships.delete(admin).getRole()).isEqualTo("viewer");
        assertThat(memberships.deleteMany(List.of(new Membership.Key("ops", "bob"))))
                .hasSize(1);
        assertThat(memberships.count()).isZero();
    }
}
