/** The example's services: {@code RepositoryService}s over the repositories, with the example's input rules. */
@NullMarked
package dev.advancedalchemy.examples.app.service;

import org.jspecify.annotations.NullMarked;
