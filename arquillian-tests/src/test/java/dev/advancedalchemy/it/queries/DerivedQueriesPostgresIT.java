package dev.advancedalchemy.it.queries;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;

@OnDatabase(Db.POSTGRES)
class DerivedQueriesPostgresIT extends DerivedQueriesScenario {}
