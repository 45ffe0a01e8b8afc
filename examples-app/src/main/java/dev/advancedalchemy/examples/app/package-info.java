/**
 * The Authors/Books example application, the Java port of Python Advanced Alchemy's Flask example: entities in
 * {@code model}, repositories and services in {@code model}/{@code service}, request and response records in
 * {@code schema}, and the {@code /authors} and {@code /books} JAX-RS resources in {@code web}. It uses only Jakarta
 * EE APIs (CDI, JPA, JAX-RS, JTA), so the Quarkus and the Payara example run the same code.
 */
@NullMarked
package dev.advancedalchemy.examples.app;

import org.jspecify.annotations.NullMarked;
