/**
 * CDI integration: declare a repository interface with {@link dev.advancedalchemy.cdi.AlchemyRepository} and
 * inject it.
 *
 * <pre>{@code
 * @AlchemyRepository(unit = "users")
 * public interface UserRepository extends SyncRepository<User, UUID> {
 *     List<User> findByNameOrderByCreatedAtDesc(String name);
 * }
 *
 * @ApplicationScoped
 * public class Signup {
 *     @Inject UserRepository users;
 *
 *     @Transactional
 *     public User register(User user) { return users.add(user); }
 * }
 * }</pre>
 *
 * <p>The extension is one CDI Lite {@code BuildCompatibleExtension}, so it works on Weld (SE and EE servers) and on
 * Quarkus (ArC). It registers one {@code @ApplicationScoped} bean per repository interface, checks every
 * repository when the application starts (all problems are reported together in one
 * {@link dev.advancedalchemy.exceptions.RepositoryDefinitionException}), and provides entity managers and
 * {@code @Transactional} where the platform does not: see {@link dev.advancedalchemy.cdi.AlchemyRepository}.
 */
@NullMarked
package dev.advancedalchemy.cdi;

import org.jspecify.annotations.NullMarked;
