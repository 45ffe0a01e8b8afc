package dev.advancedalchemy.examples.quarkus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link BookCoversApiTest} with the application on PostgreSQL. */
@QuarkusTest
@TestProfile(OnPostgres.class)
class BookCoversApiOnPostgresTest extends BookCoversApiTest {}
