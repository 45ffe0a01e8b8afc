package dev.advancedalchemy.examples.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link AuthorsApiTest} with the application on PostgreSQL. */
@QuarkusTest
@TestProfile(OnPostgres.class)
class AuthorsApiOnPostgresTest extends AuthorsApiTest {}
