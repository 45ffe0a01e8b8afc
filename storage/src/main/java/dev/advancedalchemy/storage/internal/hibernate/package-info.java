/** The file lifecycle's hook into Hibernate ORM 7: flush, insert/update and transaction-completion events. */
@NullMarked
package dev.advancedalchemy.storage.internal.hibernate;

import org.jspecify.annotations.NullMarked;
