/**
 * The exceptions every Advanced Alchemy module throws.
 *
 * <p>All of them extend {@link dev.advancedalchemy.exceptions.AdvancedAlchemyException}, an unchecked
 * exception that carries a stable message id ({@code ALCH-1xxx}) so that logs and REST problem documents can
 * be matched without parsing prose. Messages name the entity, field or constraint involved and never contain a
 * secret, a key or a plaintext value.
 *
 * <pre>{@code
 * AdvancedAlchemyException
 * └── RepositoryException
 *     ├── NotFoundException
 *     ├── MultipleResultsException
 *     └── IntegrityException
 *         ├── DuplicateKeyException
 *         └── ForeignKeyException
 * ├── RepositoryDefinitionException   (deployment)
 * ├── InvalidFilterException          (bad filter or sort field)
 * ├── ConversionException             (column types, service input)
 * └── StorageException                (file storage)
 * }</pre>
 */
@NullMarked
package dev.advancedalchemy.exceptions;

import org.jspecify.annotations.NullMarked;
