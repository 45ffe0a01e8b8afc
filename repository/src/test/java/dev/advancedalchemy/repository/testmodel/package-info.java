/** Entities of the repository engine's integration tests. */
package dev.advancedalchemy.repository.testmodel;
