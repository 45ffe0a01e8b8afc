package dev.advancedalchemy.repository;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Wraps a data source and counts statement executions (each one a round trip) and the SQL they ran. */
final class CountingDataSource implements DataSource {
    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch");

    private final DataSource delegate;
    private final AtomicInteger executions = new AtomicInteger();
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    CountingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    int executions() {
        return executions.get();
    }

    List<String> statements() {
        return List.copyOf(statements);
    }

    void reset() {
        executions.set(0);
        statements.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = call(connection, method, args);
                    if (result instanceof Statement s) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "";
                        Class<?> type = method.getReturnType();
                        return Proxy.newProxyInstance(
                                getClass().getClassLoader(), new Class<?>[] {type}, counting(s, sql));
                    }
                    return result;
                });
    }

    private InvocationHandler counting(Statement statement, String sql) {
        return (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                executions.incrementAndGet();
                statements.add(args != null && args.length > 0 && args[0] instanceof String q ? q : sql);
            }
            return call(statement, method, args);
        };
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
