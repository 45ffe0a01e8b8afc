/**
 * Naming conventions of the model layer for the two JPA providers: snake_case table names derived from the class
 * name exactly as Python's Advanced Alchemy does ({@link dev.advancedalchemy.naming.TableNames}), applied by
 * {@link dev.advancedalchemy.eclipselink.AlchemyMetadataSource} on EclipseLink and
 * {@link dev.advancedalchemy.naming.hibernate.SnakeCasePhysicalNamingStrategy} on Hibernate.
 *
 * <pre>{@code
 * @Entity class HTTPRequestLog extends UUIDv7Base { … }   // table http_request_log on both providers
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.naming;

import org.jspecify.annotations.NullMarked;
