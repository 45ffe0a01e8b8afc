package dev.advancedalchemy.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.support.Deployments;
import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.inject.Inject;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TxType matrix, rollback rules and commit/rollback hooks of the extension's own @Transactional. */
@ExtendWith(ArquillianExtension.class)
class TransactionalIT {
    @Deployment
    static JavaArchive deployment() {
        return Deployments.discoveringAll(
                "tx",
                Map.of(),
                TxService.class,
                TxService.Inner.class,
                TxService.Outer.class,
                TxService.Events.class,
                ClassLevelService.class);
    }

    @Inject
    TxService service;

    @Inject
    TxService.Outer outer;

    @Inject
    TransactionHooks hooks;

    @Inject
    TxService.Events recorded;

    @Inject
    ClassLevelService classLevel;

    List<String> events;

    /**
     * Called first by every test instead of a {@code @BeforeEach} method: Arquillian's in-container mode skips
     * {@code @BeforeEach} methods under the Local protocol of Weld embedded (ArquillianExtension skips them
     * client-side and expects the container-side runner to call them, which the Local protocol does not).
     */
    private void fresh() {
        events = recorded.list;
        events.clear();
    }

    @Test
    void requiredBeginsAndCommits() {
        fresh();
        assertThat(service.required("a", hooks::isActive)).isTrue();
        assertThat(events).containsExactly("a:commit");
        assertThat(hooks.isActive()).isFalse();
    }

    @Test
    void requiredJoinsTheCurrentTransaction() {
        fresh();
        outer.required("outer", () -> {
            service.required("inner", () -> true);
            // the inner method joined: its hook waits for the outer commit
            return events.isEmpty();
        });
        assertThat(events).containsExactly("outer:commit", "inner:commit");
    }

    @Test
    void requiresNewSuspendsAndResumes() {
        fresh();
        outer.required("outer", () -> {
            service.requiresNew("inner", () -> true);
            assertThat(events).containsExactly("inner:commit");
            return hooks.isActive();
        });
        assertThat(events).containsExactly("inner:commit", "outer:commit");
    }

    @Test
    void requiresNewRollsBackAloneWhileTheOuterCommits() {
        fresh();
        outer.required("outer", () -> {
            assertThatThrownBy(() -> service.requiresNew("inner", () -> {
                        throw new IllegalStateException("inner fails");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            return true;
        });
        assertThat(events).containsExactly("inner:rollback", "outer:commit");
    }

    @Test
    void mandatoryNeedsATransaction() {
        fresh();
        assertThatThrownBy(service::mandatory)
                .isInstanceOf(TransactionalException.class)
                .hasMessageContaining("TxService.mandatory is @Transactional(MANDATORY)")
                .hasCauseInstanceOf(TransactionRequiredException.class);
        assertThat(outer.required("a", service::mandatory)).isTrue();
    }

    @Test
    void neverRefusesATransaction() {
        fresh();
        assertThat(service.never()).isFalse();
        assertThatThrownBy(() -> outer.required("a", service::never))
                .isInstanceOf(TransactionalException.class)
                .hasMessageContaining("TxService.never is @Transactional(NEVER)")
                .hasCauseInstanceOf(InvalidTransactionException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void supportsRunsWithOrWithout() {
        fresh();
        assertThat(service.supports()).isFalse();
        assertThat(outer.required("a", service::supports)).isTrue();
    }

    @Test
    void notSupportedSuspends() {
        fresh();
        assertThat(service.notSupported()).isFalse();
        assertThat(outer.required("a", () -> !service.notSupported() && hooks.isActive()))
                .isTrue();
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void uncheckedExceptionsRollBack() {
        fresh();
        assertThatThrownBy(() -> service.throwsUnchecked("a")).isInstanceOf(IllegalStateException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void checkedExceptionsCommit() {
        fresh();
        assertThatThrownBy(() -> service.throwsChecked("a")).hasMessage("checked");
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void rollbackOnRollsBackCheckedExceptions() {
        fresh();
        assertThatThrownBy(() -> service.throwsCheckedWithRollbackOn("a")).isInstanceOf(java.io.IOException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void dontRollbackOnCommitsUncheckedExceptions() {
        fresh();
        assertThatThrownBy(() -> service.throwsUncheckedWithDontRollbackOn("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void dontRollbackOnWinsOverRollbackOn() {
        fresh();
        assertThatThrownBy(() -> service.bothRulesMatch("a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void aJoinedFailureCaughtByTheCallerStillRollsBack() {
        fresh();
        assertThatThrownBy(() -> outer.required("outer", () -> {
                    try {
                        service.inner.failJoined();
                    } catch (IllegalStateException expected) {
                        // swallowed: the transaction is already marked for rollback
                    }
                    return true;
                }))
                .isInstanceOf(TransactionalException.class)
                .hasCauseInstanceOf(RollbackException.class);
        assertThat(events).containsExactly("outer:rollback");
    }

    @Test
    void classLevelValueAppliesAndMethodLevelWins() {
        fresh();
        assertThatThrownBy(classLevel::inherited).isInstanceOf(TransactionalException.class);
        assertThat(outer.required("a", classLevel::inherited)).isTrue();
        assertThat(classLevel.overridden()).isFalse();
    }

    @Test
    void outsideATransactionAfterCommitRunsAtOnceAndAfterRollbackIsDropped() {
        fresh();
        service.track("none");
        assertThat(events).containsExactly("none:commit");
    }

    @Test
    void aFailingHookDoesNotStopTheOthers() {
        fresh();
        service.required("a", () -> {
            hooks.afterCommit(() -> {
                throw new IllegalStateException("hook fails");
            });
            service.track("b");
            return true;
        });
        assertThat(events).containsExactly("a:commit", "b:commit");
    }
}
