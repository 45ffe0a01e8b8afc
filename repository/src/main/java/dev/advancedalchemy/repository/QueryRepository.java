package dev.advancedalchemy.repository;

import java.util.List;
import java.util.Optional;

/**
 * Runs arbitrary JPQL or native SQL {@link Statement}s with named parameters, with the repository's error mapping
 * and transaction rules (Python's {@code SQLAlchemySyncQueryRepository}).
 *
 * <pre>{@code
 * QueryRepository q = Repositories.of(QueryRepository.class, em);
 * long n = q.count(Statement.jpql("select a from Author a where a.name like :p").bind("p", "A%"));
 * List<Object[]> rows = q.list(Statement.sql("select name, born from author order by name"), Object[].class);
 * int changed = q.execute(Statement.jpql("update Author a set a.active = false where a.born < :y").bind("y", 1900),
 *         Options.defaults().withAutoCommit(true));
 * }</pre>
 *
 * <p>Result types: an entity class, a scalar class ({@code Long}, {@code String}, …; numbers are converted to the
 * requested numeric type), or {@code Object[]} for several columns.
 */
public interface QueryRepository {

    /**
     * The one row the statement returns.
     *
     * @throws dev.advancedalchemy.exceptions.NotFoundException if it returns none
     * @throws dev.advancedalchemy.exceptions.MultipleResultsException if it returns more than one
     */
    <R> R getOne(Statement statement, Class<R> resultType);

    /**
     * The row the statement returns, if any.
     *
     * @throws dev.advancedalchemy.exceptions.MultipleResultsException if it returns more than one
     */
    <R> Optional<R> findOne(Statement statement, Class<R> resultType);

    /** Every row the statement returns (one page when the statement is {@linkplain Statement#page paged}). */
    <R> List<R> list(Statement statement, Class<R> resultType);

    /**
     * One page and the total number of rows the statement matches (right even for a page past the end).
     *
     * @throws IllegalArgumentException if no count query can be derived from a JPQL statement (select of several
     *     expressions); give one with {@link Statement#withCountQuery(String)}
     */
    <R> ListAndCount<R> listAndCount(Statement statement, Class<R> resultType);

    /** How many rows the statement returns, ignoring its page. */
    long count(Statement statement);

    /** Executes an update/delete/insert statement; returns the number of rows changed. */
    int execute(Statement statement);

    /** {@link #execute(Statement)} with options ({@code autoCommit}, {@code errorMessages}). */
    int execute(Statement statement, Options options);
}
