package dev.advancedalchemy.it.queries;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;

@OnDatabase(Db.H2)
class DerivedQueriesH2IT extends DerivedQueriesScenario {}
