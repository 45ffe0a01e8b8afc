package dev.advancedalchemy.repository.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
        /** The argument array of a call without arguments. */
        Object[] NO_ARGS = new Object[0];

        @Nullable
        Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable;

        /**
         * Forwards to {@code method} on {@code target}. The method handle is bound at the first call, not here: a
         * repository has dozens of base methods and most are never called, so binding them all at deployment is
         * most of the cost of building a repository.
         */
        static Call delegate(Object target, Method method) {
            return new Delegate(target, method);
        }

        static Call defaultMethod(Method method) {
            if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                return (proxy, m, args) -> InvocationHandler.invokeDefault(proxy, method, args);
            }
            // invokeDefault needs the interface to be accessible to us; a package-private (e.g. nested) repository
            // interface is reached through a private lookup in its own class instead.
            return (proxy, m, args) -> {
                Class<?> owner = method.getDeclaringClass();
                MethodHandle handle = MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
                        .findSpecial(
                                owner,
                                method.getName(),
                                MethodType.methodType(method.getReturnType(), method.getParameterTypes()),
                                owner)
                        .bindTo(proxy);
                return handle.invokeWithArguments(args == null ? new Object[0] : args);
            };
        }
    }

    /** A base-interface method forwarded to its implementation object through a lazily bound method handle. */
    private static final class Delegate implements Call {
        private static final MethodHandle REFLECTIVE = reflective();

        private final Object target;
        private final Method method;
        // Racy but benign: every thread binds an equivalent handle.
        private volatile @Nullable MethodHandle handle;

        Delegate(Object target, Method method) {
            this.target = target;
            this.method = method;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method m, @Nullable Object[] args) throws Throwable {
            MethodHandle h = handle;
            if (h == null) {
                h = bind();
                handle = h;
            }
            return h.invokeExact(args == null ? NO_ARGS : args);
        }

        // A handle bound to the target and spread over the argument array: cheaper per call than reflection.
        private MethodHandle bind() {
            try {
                return MethodHandles.publicLookup()
                        .unreflect(method)
                        .asFixedArity()
                        .bindTo(target)
                        .asSpreader(Object[].class, method.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (IllegalAccessException e) {
                return REFLECTIVE.bindTo(method).bindTo(target);
            }
        }

        // The fallback for a method the public lookup cannot reach: plain reflection, unwrapping the failure.
        private static @Nullable Object invokeReflectively(Method method, Object target, Object[] args)
                throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }

        private static MethodHandle reflective() {
            try {
                return MethodHandles.lookup()
                        .findStatic(
                                Delegate.class,
                                "invokeReflectively",
                                MethodType.methodType(Object.class, Method.class, Object.class, Object[].class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
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
