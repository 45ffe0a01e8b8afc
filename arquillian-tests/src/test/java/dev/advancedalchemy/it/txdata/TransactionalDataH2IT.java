package dev.advancedalchemy.it.txdata;

import dev.advancedalchemy.it.support.OnDatabase;
import dev.advancedalchemy.testing.Db;

@OnDatabase(Db.H2)
class TransactionalDataH2IT extends TransactionalDataScenario {}
