package dev.advancedalchemy.it.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advancedalchemy.it.support.Containers;
import dev.advancedalchemy.tx.TransactionHooks;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TxType matrix, rollback rules and commit/rollback hooks of the extension's own @Transactional. */
class TransactionalIT {
    static Containers.Running container;
    TxService service;
    TxService.Outer outer;
    List<String> events;
    TransactionHooks hooks;

    @BeforeAll
    static void start() {
        container = Containers.start(
                Map.of(),
                TxService.class,
                TxService.Inner.class,
                TxService.Outer.class,
                TxService.Events.class,
                ClassLevelService.class);
    }

    @AfterAll
    static void stop() {
        container.close();
    }

    @BeforeEach
    void fresh() {
        service = container.select(TxService.class);
        outer = container.select(TxService.Outer.class);
        hooks = container.select(TransactionHooks.class);
        events = container.select(TxService.Events.class).list;
        events.clear();
    }

    @Test
    void requiredBeginsAndCommits() {
        assertThat(service.required("a", hooks::isActive)).isTrue();
        assertThat(events).containsExactly("a:commit");
        assertThat(hooks.isActive()).isFalse();
    }

    @Test
    void requiredJoinsTheCurrentTransaction() {
        outer.required("outer", () -> {
            service.required("inner", () -> true);
            // the inner method joined: its hook waits for the outer commit
            return events.isEmpty();
        });
        assertThat(events).containsExactly("outer:commit", "inner:commit");
    }

    @Test
    void requiresNewSuspendsAndResumes() {
        outer.required("outer", () -> {
            service.requiresNew("inner", () -> true);
            assertThat(events).containsExactly("inner:commit");
            return hooks.isActive();
        });
        assertThat(events).containsExactly("inner:commit", "outer:commit");
    }

    @Test
    void requiresNewRollsBackAloneWhileTheOuterCommits() {
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
        assertThatThrownBy(service::mandatory)
                .isInstanceOf(TransactionalException.class)
                .hasMessageContaining("TxService.mandatory is @Transactional(MANDATORY)")
                .hasCauseInstanceOf(TransactionRequiredException.class);
        assertThat(outer.required("a", service::mandatory)).isTrue();
    }

    @Test
    void neverRefusesATransaction() {
        assertThat(service.never()).isFalse();
        assertThatThrownBy(() -> outer.required("a", service::never))
                .isInstanceOf(TransactionalException.class)
                .hasMessageContaining("TxService.never is @Transactional(NEVER)")
                .hasCauseInstanceOf(InvalidTransactionException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void supportsRunsWithOrWithout() {
        assertThat(service.supports()).isFalse();
        assertThat(outer.required("a", service::supports)).isTrue();
    }

    @Test
    void notSupportedSuspends() {
        assertThat(service.notSupported()).isFalse();
        assertThat(outer.required("a", () -> !service.notSupported() && hooks.isActive()))
                .isTrue();
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void uncheckedExceptionsRollBack() {
        assertThatThrownBy(() -> service.throwsUnchecked("a")).isInstanceOf(IllegalStateException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void checkedExceptionsCommit() {
        assertThatThrownBy(() -> service.throwsChecked("a")).hasMessage("checked");
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void rollbackOnRollsBackCheckedExceptions() {
        assertThatThrownBy(() -> service.throwsCheckedWithRollbackOn("a")).isInstanceOf(java.io.IOException.class);
        assertThat(events).containsExactly("a:rollback");
    }

    @Test
    void dontRollbackOnCommitsUncheckedExceptions() {
        assertThatThrownBy(() -> service.throwsUncheckedWithDontRollbackOn("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void dontRollbackOnWinsOverRollbackOn() {
        assertThatThrownBy(() -> service.bothRulesMatch("a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(events).containsExactly("a:commit");
    }

    @Test
    void aJoinedFailureCaughtByTheCallerStillRollsBack() {
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
        ClassLevelService classLevel = container.select(ClassLevelService.class);
        assertThatThrownBy(classLevel::inherited).isInstanceOf(TransactionalException.class);
        assertThat(outer.required("a", classLevel::inherited)).isTrue();
        assertThat(classLevel.overridden()).isFalse();
    }

    @Test
    void outsideATransactionAfterCommitRunsAtOnceAndAfterRollbackIsDropped() {
        service.track("none");
        assertThat(events).containsExactly("none:commit");
    }

    @Test
    void aFailingHookDoesNotStopTheOthers() {
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
