package dev.advancedalchemy.cdi.internal;

import dev.advancedalchemy.cdi.AlchemyRepository;
import dev.advancedalchemy.cdi.Unit;
import dev.advancedalchemy.exceptions.AdvancedAlchemyException;
import dev.advancedalchemy.exceptions.RepositoryDefinitionException;
import dev.advancedalchemy.tx.internal.LocalTransactions;
import dev.advancedalchemy.tx.internal.TransactionHooksBean;
import dev.advancedalchemy.tx.internal.TransactionSettings;
import dev.advancedalchemy.tx.internal.TransactionalInterceptor;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;
import jakarta.enterprise.inject.build.compatible.spi.Registration;
import jakarta.enterprise.inject.build.compatible.spi.ScannedClasses;
import jakarta.enterprise.inject.build.compatible.spi.Synthesis;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanBuilder;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.inject.build.compatible.spi.Validation;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one CDI Lite extension: collects {@code @AlchemyRepository} interfaces, registers a synthetic bean per
 * interface plus the catalog the runtime validates at startup, and checks units at deployment. It stays thin: the
 * repositories themselves come from {@code Repositories.of}.
 */
public class AlchemyExtension implements BuildCompatibleExtension {
    private final List<ClassInfo> repositories = new ArrayList<>();
    private final Set<String> beanUnits = new LinkedHashSet<>();
    private boolean localTransactions;

    @Discovery
    public void discover(ScannedClasses scan, MetaAnnotations meta) {
        localTransactions = !Jta.present(Thread.currentThread().getContextClassLoader());
        scan.add(AlchemyRuntime.class.getName());
        scan.add(PersistenceUnits.class.getName());
        scan.add(LocalTransactions.class.getName());
        scan.add(TransactionHooksBean.class.getName());
        scan.add(TransactionSettings.class.getName());
        scan.add(RequestTransactionsBean.class.getName());
        if (localTransactions) {
            scan.add(TransactionalInterceptor.class.getName());
            // JTA declares value() binding; @Transactional(REQUIRES_NEW) must still match our interceptor.
            valueNonbinding(meta.addInterceptorBinding(Transactional.class));
        }
    }

    private static void valueNonbinding(ClassConfig binding) {
        binding.methods().stream()
                .filter(m -> m.info().name().equals("value"))
                .forEach(m -> m.addAnnotation(Nonbinding.class));
    }

    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = AlchemyRepository.class)
    public void collect(ClassInfo type) {
        if (type.hasAnnotation(AlchemyRepository.class)
                && repositories.stream().noneMatch(r -> r.name().equals(type.name()))) {
            repositories.add(type);
        }
    }

    @Registration(types = EntityManager.class)
    public void entityManagerBean(BeanInfo bean) {
        for (AnnotationInfo q : bean.qualifiers()) {
            if (q.name().equals(Unit.class.getName())) {
                beanUnits.add(q.value().asString());
            } else if (q.name().equals(Default.class.getName())) {
                beanUnits.add("");
            }
        }
    }

    @Synthesis
    public void register(SyntheticComponents components) {
        List<ClassInfo> interfaces =
                repositories.stream().filter(ClassInfo::isInterface).toList();
        for (ClassInfo type : interfaces) {
            // @Singleton, not @ApplicationScoped: the repository proxy is stateless and thread-safe, so it needs no
            // client proxy, and ArC builds client proxies from the implementation class (Object here), which would
            // not implement the repository interface.
            SyntheticBeanBuilder<Object> bean = components
                    .addBean(Object.class)
                    .type(type)
                    .scope(Singleton.class)
                    .withParam(RepositoryCreator.TYPE, type)
                    .createWith(RepositoryCreator.class);
            superTypes(type).forEach(bean::type);
            for (AnnotationInfo annotation : type.annotations()) {
                if (annotation.declaration().hasAnnotation(Qualifier.class)) {
                    bean.qualifier(annotation);
                }
            }
        }
        components
                .addBean(RepositoryCatalog.class)
                .type(RepositoryCatalog.class)
                .scope(Singleton.class)
                .withParam(RepositoryCatalog.TYPES, interfaces.toArray(ClassInfo[]::new))
                .withParam(
                        RepositoryCatalog.UNITS,
                        interfaces.stream().map(AlchemyExtension::unitOf).toArray(String[]::new))
                .withParam(RepositoryCatalog.LOCAL, localTransactions)
                .withParam(RepositoryCatalog.APPLICATION_UNITS, beanUnits.toArray(String[]::new))
                .createWith(RepositoryCatalog.Creator.class);
    }

    /**
     * Fails deployment for repositories that are not interfaces or name a unit nobody provides, all listed in one
     * {@link RepositoryDefinitionException}; a {@code persistence.xml} that is not well-formed XML fails it on its own
     * ({@value PersistenceXmlErrors#ID}), since no unit of it can be checked.
     */
    @Validation
    public void validate(Messages messages) {
        List<String> problems = new ArrayList<>();
        @Nullable PersistenceXml xml = null;
        for (ClassInfo type : repositories) {
            String name = type.simpleName();
            if (!type.isInterface()) {
                problems.add(name + " is annotated @AlchemyRepository but is not an interface; declare repositories as"
                        + " interfaces extending SyncRepository<T, ID>");
                continue;
            }
            String unit = unitOf(type);
            if (beanUnits.contains(unit)) {
                continue;
            }
            if (xml == null) {
                try {
                    xml = PersistenceXml.read(Thread.currentThread().getContextClassLoader());
                } catch (AdvancedAlchemyException e) {
                    messages.error(e);
                    return;
                }
            }
            String problem = xml.problemWith(unit);
            if (problem != null) {
                problems.add(name + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            messages.error(new RepositoryDefinitionException(problems));
        }
    }

    /**
     * The super-interfaces a user can inject the repository as: plain interfaces and their supertypes, and
     * parameterized ones as written (e.g. {@code SyncRepository<User, UUID>}); the supertypes of a parameterized
     * interface would contain type variables, which bean types may not.
     */
    private static List<Type> superTypes(ClassInfo type) {
        List<Type> result = new ArrayList<>();
        for (Type s : type.superInterfaces()) {
            result.add(s);
            if (s.isClass()) {
                result.addAll(superTypes(s.asClass().declaration()));
            }
        }
        return result;
    }

    static String unitOf(ClassInfo type) {
        AnnotationInfo annotation = type.annotation(AlchemyRepository.class);
        return annotation == null || !annotation.hasMember("unit")
                ? ""
                : annotation.member("unit").asString();
    }
}
