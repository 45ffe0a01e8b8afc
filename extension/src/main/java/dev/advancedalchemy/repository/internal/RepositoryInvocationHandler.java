package dev.advancedalchemy.repository.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Dispatches the calls of one repository proxy along the table {@link RepositoryFactory} built. */
final class RepositoryInvocationHandler implements InvocationHandler {
    private final Class<?> repositoryInterface;
    private final Map<Method, Call> calls;

    RepositoryInvocationHandler(Class<?> repositoryInterface, Map<Method, Call> calls) {
        this.repositoryInterface = repositoryInterface;
        this.calls = calls;
    }

    /** One way of answering a method. */
    interface Call {
        @Nullable
        Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable;

        static Call delegate(Object target, Method method) {
            return (proxy, m, args) -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
        }

        static Call defaultMethod(Method method) {
            return (proxy, m, args) -> InvocationHandler.invokeDefault(proxy, method, args);
        }
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
        Call call = calls.get(method);
        if (call != null) {
            return call.invoke(proxy, method, args);
        }
        return switch (method.getName()) {
            case "equals" -> args != null && args.length == 1 && proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "Repository[" + repositoryInterface.getName() + "]";
            default ->
                throw new UnsupportedOperationException(
                        "no implementation for " + repositoryInterface.getName() + "." + method.getName());
        };
    }
}
