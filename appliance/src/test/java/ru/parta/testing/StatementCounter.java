package ru.parta.testing;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the application executes, by wrapping its {@link DataSource} in tests:
 * every {@code execute*} call on a statement of any connection counts once. Tests lock the number of
 * statements a hot path runs (Zulip's {@code assert_database_query_count} habit), so a change that
 * adds a query per row fails a test rather than a school. (H2's own QUERY_STATISTICS records
 * updates only, not queries, so it cannot serve here.)
 */
@Singleton
public class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    private final AtomicLong executed = new AtomicLong();

    /** First of the listeners: it wraps the pool itself, under Micronaut's own wrappers and Flyway's run. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return counting(DataSource.class, event.getBean());
    }

    /** How many statements {@code work} ran (on any thread meanwhile, so keep the test quiet). */
    public long count(Runnable work) {
        long before = executed.get();
        work.run();
        return executed.get() - before;
    }

    @SuppressWarnings("unchecked")
    private <T> T counting(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return counting(Connection.class, connection);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return counting(statementType(statement), statement);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> Class<S> statementType(Statement statement) {
        return (Class<S>) (statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class);
    }
}
